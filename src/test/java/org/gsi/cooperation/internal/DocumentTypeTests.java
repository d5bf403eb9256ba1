package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTypeTests {

    @TempDir
    Path dir;

    @Test
    void recognisesTheAllowedKindsByTheirFirstBytes() throws Exception {
        assertThat(detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("PDF");
        assertThat(detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16}))
                .isEqualTo("JPEG");
        assertThat(detect("Plan de travail\n\tÉtape 1 — 准备\r\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("TEXT");
    }

    @Test
    void refusesBinariesAndTextInOtherEncodings() throws Exception {
        assertThat(detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEqualTo("none");
        assertThat(detect("plan".getBytes(StandardCharsets.UTF_16))).isEqualTo("none");
        assertThat(detect("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("none");
        assertThat(detect(new byte[] {'a', 'b', 0x07, 'c'})).isEqualTo("none");
    }

    @Test
    void aCharacterCutByTheSampleEndDoesNotMakeLongTextBinary() {
        byte[] text = "ééé".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(text, text.length - 1);
        assertThat(DocumentType.isText(cut, true)).isTrue();
        assertThat(DocumentType.isText(cut, false)).isFalse();
    }

    private String detect(byte[] content) throws Exception {
        Path file = Files.write(dir.resolve("f" + System.nanoTime()), content);
        return DocumentType.detect(file).map(Enum::name).orElse("none");
    }
}
