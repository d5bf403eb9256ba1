package org.gsi.cooperation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The kinds of document a project may hold, recognised by their content (magic bytes and, for Office files,
 * the parts inside the ZIP package) - never by the name or type the uploader claims.
 */
enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    TEXT("text/plain;charset=UTF-8", "txt");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int TEXT_SAMPLE = 64 * 1024;

    final String mediaType;
    final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The type of the file's content, or empty when it is none of the allowed kinds. */
    static Optional<DocumentType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TEXT_SAMPLE);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return office(file);
        }
        return isText(head, Files.size(file) > head.length) ? Optional.of(TEXT) : Optional.empty();
    }

    private static Optional<DocumentType> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** UTF-8 without control characters other than tab, line breaks and form feed. */
    static boolean isText(byte[] head, boolean truncated) {
        if (head.length == 0) {
            return false;
        }
        int end = head.length;
        if (truncated) {
            // do not judge a character cut in two by the sample's end
            while (end > 0 && end > head.length - 4 && (head[end - 1] & 0xc0) == 0x80) {
                end--;
            }
            if (end > 0 && (head[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = utf8.decode(ByteBuffer.wrap(Arrays.copyOf(head, end))).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
