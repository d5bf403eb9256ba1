package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.PlatformTest;
import org.gsi.earlywarning.EventSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Small chunks, so that a 120-row file is written as many chunks on both connections of an import: counts, stored
 * events and rollups must come out as they do for one chunk, also when a row repeats a key of the chunk before it.
 */
@PlatformTest
class ChunkedImportTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWrittenInManyChunksCountsEveryRowOnceCommitsInFileOrderAndKeepsTheRollupsExact() throws Exception {
        // a few records of the sample have quoted line breaks: only whole one-line records are repeated
        List<String> lines = EventImportTests.uniqueGedSample().lines().toList();
        int at = oneLineRecord(lines, 40);
        String repeated = lines.get(at);
        String changed = repeated.replace(",Clear,", ",Check,");
        assertThat(changed).isNotEqualTo(repeated);
        int insertAt = recordStart(lines, at + 6);
        List<String> file = new ArrayList<>(lines.subList(0, insertAt));
        file.add(changed); // the key of an earlier row again, at most a chunk of 7 later
        file.addAll(lines.subList(insertAt, lines.size()));
        file.add(lines.get(oneLineRecord(lines, 1))); // a key of the first chunk, long committed: unchanged
        byte[] content = (String.join("\n", file) + "\n").getBytes(StandardCharsets.UTF_8);
        long records =
                file.stream().skip(1).filter(ChunkedImportTests::startsRecord).count();
        List<Long> readAfterEachChunk = new ArrayList<>();

        EventImporter.Outcome outcome = new EventImporter(dataSource, CountryCodes.load(), 7)
                .run(
                        UUID.randomUUID(),
                        new ByteArrayInputStream(content),
                        Optional.of(EventSource.UCDP_GED),
                        "test",
                        new EventImporter.Scope("", false, "test"),
                        (c, soFar, rejections, warnings) -> readAfterEachChunk.add(soFar.read()));

        EventImporter.Counts counts = outcome.counts();
        assertThat(counts.read()).isEqualTo(records);
        assertThat(counts.updated()).isEqualTo(1);
        assertThat(counts.unchanged()).isEqualTo(1);
        assertThat(counts.imported() + counts.updated() + counts.unchanged() + counts.rejected())
                .isEqualTo(counts.read());
        assertThat(readAfterEachChunk).hasSizeGreaterThan(10).isSorted();
        assertThat(readAfterEachChunk.get(readAfterEachChunk.size() - 1)).isEqualTo(counts.read());
        String key = repeated.substring(0, repeated.indexOf(','));
        assertThat(jdbc.sql("SELECT raw_row FROM earlywarning_event WHERE source = 'ucdp-ged' AND source_id = ?")
                        .param(key)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains(",Check,");
        EventImportTests.assertRollupsEqualADirectAggregation(jdbc);
    }

    private static boolean startsRecord(String line) {
        return line.matches("^\\d+,\\d,\\d{4},.*");
    }

    private static int recordStart(List<String> lines, int from) {
        int i = from;
        while (!startsRecord(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static int oneLineRecord(List<String> lines, int from) {
        int i = from;
        while (!(startsRecord(lines.get(i))
                && startsRecord(lines.get(i + 1))
                && lines.get(i).contains(",Clear,"))) {
            i++;
        }
        return i;
    }
}
