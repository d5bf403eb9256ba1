package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hash is the stored key of "unchanged": it must stay the SHA-256 of the row's UTF-8 text, hex encoded. */
class ContentHasherTests {

    private static String sha256(String s) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void asciiAndOtherRowsHashToTheSha256OfTheirUtf8Text() throws Exception {
        ContentHasher hasher = new ContentHasher();
        String[] rows = {
            "", "1\t20240501\tKABUL", "x".repeat(3_000), "1\tBangui\tOuham-Pendé\t𝔊", "2\t20240502\tHERAT", "z\uD800"
        };
        for (String row : rows) {
            assertThat(hasher.hash(row)).as(row).isEqualTo(sha256(row));
        }
    }
}
