package org.gsi.earlywarning.internal.ingest;

import org.gsi.earlywarning.EventSource;

/** What one pass over a file produced: rows read = rows accepted + rows rejected; warnings are counted apart. */
public record IngestSummary(EventSource source, long read, long accepted, long rejected, long warnings) {

    public IngestSummary {
        if (read != accepted + rejected) {
            throw new IllegalStateException(
                    "rows read " + read + " != accepted " + accepted + " + rejected " + rejected);
        }
    }
}
