package org.gsi.meetings.internal;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file a meeting accepts (documents and credentials letters), recognised by their content: the
 * magic bytes, and for DOCX and ODT the parts inside the ZIP package. The name and the type the uploader
 * declares are never trusted.
 */
enum FileType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    TEXT("text/plain;charset=UTF-8");

    static final String ALLOWED = "PDF, DOCX, ODT or plain UTF-8 text";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int SAMPLE = 64 * 1024;

    final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The type of the file's content, or empty when it is none of the accepted kinds. */
    static Optional<FileType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return office(file);
        }
        return isText(head, Files.size(file) > head.length) ? Optional.of(TEXT) : Optional.empty();
    }

    private static Optional<FileType> office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && zip.getEntry("content.xml") != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return declared.equals(ODT.mediaType) ? Optional.of(ODT) : Optional.empty();
                }
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
            // a character cut in two by the end of the sample is not judged
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
