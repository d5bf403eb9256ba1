package org.gsi.sharing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What became of every object of one bundle (a TAXII status resource): each object accepted or rejected with its
 * reason, in the order sent. Only the party that sent the bundle reads it.
 */
public record ShareStatus(
        UUID id,
        String party,
        String sentBy,
        UUID collectionId,
        String source,
        Instant requestTimestamp,
        List<Outcome> outcomes) {

    public ShareStatus {
        outcomes = List.copyOf(outcomes);
    }

    /** One object: its id and version as sent (empty when unreadable), accepted or not, and why. */
    public record Outcome(int index, String id, String version, boolean accepted, Reason reason) {}

    public int total() {
        return outcomes.size();
    }

    public int successCount() {
        return (int) outcomes.stream().filter(Outcome::accepted).count();
    }

    public int failureCount() {
        return total() - successCount();
    }

    public List<Outcome> successes() {
        return outcomes.stream().filter(Outcome::accepted).toList();
    }

    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.accepted()).toList();
    }
}
