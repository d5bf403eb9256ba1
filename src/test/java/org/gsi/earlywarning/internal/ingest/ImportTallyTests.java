package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.Event;
import org.junit.jupiter.api.Test;

class ImportTallyTests {

    private final Map<String, String> storedHashes = new HashMap<>();

    private ImportTally.Counts importFile(String resource) {
        CollectingSink sink = CollectingSink.read(resource);
        ImportTally tally = new ImportTally();
        for (Event event : sink.events) {
            tally.record(event, Optional.ofNullable(storedHashes.put(event.sourceId(), event.contentHash())));
        }
        sink.rejections.forEach(r -> tally.rejected());
        return tally.counts();
    }

    @Test
    void importingTheSameFileTwiceLeavesEveryRowUnchanged() {
        ImportTally.Counts first = importFile("ged-v23_1-car-120.csv");
        ImportTally.Counts second = importFile("ged-v23_1-car-120.csv");

        assertThat(first).isEqualTo(new ImportTally.Counts(111, 111, 0, 0, 0));
        assertThat(second).isEqualTo(new ImportTally.Counts(111, 0, 0, 111, 0));
    }

    @Test
    void changedRowsCountAsUpdatedAndRejectionsKeepTheSumWhole() {
        importFile("ged-candidate-headerless.csv");
        storedHashes.put("36210", "an older hash");

        ImportTally.Counts counts = importFile("ged-candidate-headerless.csv");

        assertThat(counts).isEqualTo(new ImportTally.Counts(3, 0, 1, 2, 0));
        assertThat(importFile("incident-reports.csv")).isEqualTo(new ImportTally.Counts(5, 4, 0, 0, 1));
    }
}
