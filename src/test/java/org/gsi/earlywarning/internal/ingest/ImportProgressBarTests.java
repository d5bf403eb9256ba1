package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportProgressBarTests {

    @Test
    void onATerminalABarOfTheShareReadIsRedrawnInPlaceAndEndedWithALineBreak() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportProgressBar bar = new ImportProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        bar.started(1000, () -> 500);
        bar.chunk(new EventImporter.Counts(50_000, 49_000, 0, 0, 1_000, 12, 0));
        bar.close();

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\r[");
        assertThat(drawn).contains("[###############---------------]  50%  50,000 rows");
        assertThat(drawn).contains("1,000 rejected  12 warnings");
        assertThat(drawn).endsWith(System.lineSeparator());
        assertThat(drawn.chars().filter(c -> c == '\n').count())
                .as("one line, redrawn")
                .isEqualTo(1);
    }

    @Test
    void elsewhereEachChunkIsALineOfItsOwn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportProgressBar log = new ImportProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        log.started(1000, () -> 500);
        log.chunk(new EventImporter.Counts(50_000, 49_000, 0, 0, 1_000, 12, 0));
        log.chunk(new EventImporter.Counts(60_000, 59_000, 0, 0, 1_000, 12, 0));
        log.close();

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .doesNotContain("\r")
                .contains("50,000 rows read: 49,000 imported, 0 updated, 0 unchanged, 1,000 rejected; 12 warnings")
                .contains("60,000 rows read");
    }
}
