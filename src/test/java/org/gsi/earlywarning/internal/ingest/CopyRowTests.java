package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyRowTests {

    private static String text(byte[] row) {
        return new String(row, StandardCharsets.UTF_8);
    }

    @Test
    void fieldsAreTabSeparatedWithNullsAndEscapesInPostgresTextFormat() {
        CopyRow row = new CopyRow();
        byte[] line =
                row.text("a\tb\\c\nd\re").raw(null).raw("2024-05-01").text(null).end();
        assertThat(text(line)).isEqualTo("a\\tb\\\\c\\nd\\re\t\\N\t2024-05-01\t\\N");
    }

    @Test
    void anyCharacterIsEncodedAsStringGetBytesEncodesIt() {
        String mixed = "Bangui — Ouham-Pendé, دارفور, 喀布尔, 𝔊 and é";
        byte[] line = new CopyRow().text(mixed).end();
        assertThat(line).isEqualTo(mixed.getBytes(StandardCharsets.UTF_8));
        String unpaired = "x\uD800y\uDC00z";
        assertThat(new CopyRow().text(unpaired).end()).isEqualTo(unpaired.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBufferGrowsForLongValuesAndStartsAfreshForEachRow() {
        CopyRow row = new CopyRow();
        String longValue = "ж".repeat(5_000);
        assertThat(text(row.text(longValue).text("x").end())).isEqualTo(longValue + "\tx");
        assertThat(text(row.text("next").end())).isEqualTo("next");
    }
}
