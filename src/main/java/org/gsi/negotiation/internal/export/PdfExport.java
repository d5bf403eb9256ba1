package org.gsi.negotiation.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.RenderedText.RenderedParagraph;

/**
 * A negotiated text as PDF with the standard Helvetica fonts, lines wrapped to the page; characters the fonts
 * cannot show are written as '?'.
 */
public final class PdfExport {

    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 15;

    private PdfExport() {}

    public static void write(RenderedText text, String status, OutputStream out) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, regular);
            w.line(text.title(), bold, 14, 0);
            w.line(status, regular, SIZE, 0);
            w.gap();
            for (RenderedParagraph p : text.paragraphs()) {
                w.wrapped(p.number().label() + ". " + Attribution.plain(p.segments()), p.level() * 24f);
                w.gap();
            }
            if (!text.reservations().isEmpty()) {
                w.line("Reservations", bold, SIZE, 0);
                for (RenderedText.Reservation r : text.reservations()) {
                    w.wrapped(r.party() + " on " + r.paragraph().label() + ": " + r.text(), 0);
                }
            }
            w.close();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType1Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType1Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void line(String text, PDType1Font f, float size, float indent) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            stream.beginText();
            stream.setFont(f, size);
            stream.newLineAtOffset(MARGIN + indent, y);
            stream.showText(encodable(f, text));
            stream.endText();
            y -= LEADING;
        }

        void wrapped(String text, float indent) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String line : wrap(encodable(font, text), width)) {
                line(line, font, SIZE, indent);
            }
        }

        void gap() {
            y -= LEADING / 2;
        }

        private List<String> wrap(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * SIZE > width && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        void close() throws IOException {
            stream.close();
        }
    }

    static String encodable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
