package org.gsi.negotiation.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.RenderedText.RenderedParagraph;

/** A negotiated text as a Word document: brackets in bold, proposers in italics, reservations at the end. */
public final class DocxExport {

    private DocxExport() {}

    public static void write(RenderedText text, String status, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(14);
            t.setText(text.title());
            XWPFParagraph sub = doc.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun s = sub.createRun();
            s.setItalic(true);
            s.setText(status);
            for (RenderedParagraph p : text.paragraphs()) {
                paragraph(doc, p);
            }
            if (!text.reservations().isEmpty()) {
                XWPFRun h = doc.createParagraph().createRun();
                h.setBold(true);
                h.setText("Reservations");
                for (RenderedText.Reservation r : text.reservations()) {
                    doc.createParagraph()
                            .createRun()
                            .setText(r.party() + " on " + r.paragraph().label() + ": " + r.text());
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, RenderedParagraph p) {
        XWPFParagraph para = doc.createParagraph();
        para.setIndentationLeft(p.level() * 720);
        XWPFRun label = para.createRun();
        label.setBold(true);
        label.setText(p.number().label() + ". ");
        for (Attribution.Run run : Attribution.runs(p.segments())) {
            XWPFRun r = para.createRun();
            r.setText(run.text());
            r.setBold(run.style() == Attribution.Style.BRACKET);
            r.setItalic(run.style() == Attribution.Style.PROPOSERS);
        }
    }
}
