package org.gsi.screening.internal;

import java.time.Duration;
import org.gsi.screening.internal.matching.Scoring;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code gsi.screening.*}: the threshold of each use (a single check, a batch, the re-screening of
 * saved names and of the platform's people; {@value Scoring#DEFAULT_THRESHOLD} each unless set) and how often the
 * platform's people are looked over for names not yet screened against the current lists.
 */
@ConfigurationProperties("gsi.screening")
record ScreeningProperties(Thresholds threshold, Duration sweep, int batchChunk) {

    ScreeningProperties {
        threshold = threshold == null ? new Thresholds(null, null, null) : threshold;
        sweep = sweep == null ? Duration.ofMinutes(5) : sweep;
        batchChunk = batchChunk <= 0 ? 200 : batchChunk;
    }

    record Thresholds(Double check, Double batch, Double rescreening) {

        Thresholds {
            check = check == null ? Scoring.DEFAULT_THRESHOLD : check;
            batch = batch == null ? Scoring.DEFAULT_THRESHOLD : batch;
            rescreening = rescreening == null ? Scoring.DEFAULT_THRESHOLD : rescreening;
        }
    }
}
