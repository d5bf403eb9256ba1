package org.gsi.earlywarning.internal.ingest;

import java.util.Optional;
import org.gsi.earlywarning.Event;

/**
 * Idempotent re-import bookkeeping: an event whose (source, source id) is not stored yet is imported, one stored
 * with the same content hash is unchanged, one stored with another hash is updated. Rows read always equal
 * imported + updated + unchanged + rejected.
 */
public final class ImportTally {

    /** What storing one event does to the event store. */
    public enum Change {
        IMPORTED,
        UPDATED,
        UNCHANGED
    }

    /** The tallies of one import. */
    public record Counts(long read, long imported, long updated, long unchanged, long rejected) {}

    private long imported;
    private long updated;
    private long unchanged;
    private long rejected;

    /** Classifies the event against the hash stored for its (source, source id), and counts it. */
    public Change record(Event event, Optional<String> storedHash) {
        Change change = storedHash.isEmpty()
                ? Change.IMPORTED
                : storedHash.get().equals(event.contentHash()) ? Change.UNCHANGED : Change.UPDATED;
        switch (change) {
            case IMPORTED -> imported++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
        return change;
    }

    public void rejected() {
        rejected++;
    }

    public Counts counts() {
        return new Counts(imported + updated + unchanged + rejected, imported, updated, unchanged, rejected);
    }
}
