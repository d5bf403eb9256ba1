package org.gsi.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a certificate as a one-page A4 landscape PDF carrying the verification code and where
 * to check it. Uses the standard Latin fonts; names outside WinAnsi are transliterated to '?'.
 */
final class CertificatePdf {

    private final String verificationPage;

    /** @param verificationPage the public page where codes are checked, e.g. https://…/certificates */
    CertificatePdf(String verificationPage) {
        this.verificationPage = verificationPage;
    }

    byte[] render(Certificate certificate) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Certificate " + certificate.code().grouped());
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                writeBody(text, certificate);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render certificate " + certificate.code(), e);
        }
    }

    private void writeBody(PDPageContentStream text, Certificate c) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        line(text, bold, 28, 470, "Certificate of Completion");
        line(text, regular, 14, 420, "This certifies that");
        line(text, bold, 22, 390, c.holder());
        line(text, regular, 14, 350, "completed the course");
        line(text, bold, 18, 320, c.courseTopic());
        line(text, regular, 12, 285, "provided by " + c.provider() + ", " + c.courseStart() + " to " + c.courseEnd());
        line(text, regular, 12, 265, "completed on " + c.completedOn());
        line(text, bold, 14, 120, "Verification code: " + c.code().grouped());
        line(text, regular, 11, 100, "Check this certificate at " + verificationPage);
    }

    private void line(PDPageContentStream text, PDType1Font font, float size, float y, String value)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(60, y);
        text.showText(winAnsi(value));
        text.endText();
    }

    private static String winAnsi(String value) {
        StringBuilder safe = new StringBuilder();
        value.codePoints().forEach(cp -> safe.append(cp < 128 || (cp >= 160 && cp < 256) ? (char) cp : '?'));
        return safe.toString();
    }
}
