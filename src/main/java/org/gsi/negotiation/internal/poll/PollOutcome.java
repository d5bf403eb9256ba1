package org.gsi.negotiation.internal.poll;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.negotiation.PollResult;

/**
 * The recorded outcome of a closed poll: the result, the winning choice of a ranked-choice poll,
 * turnout against quorum, the objections with their reasons, and each counting round.
 */
public record PollOutcome(
        PollResult result,
        Optional<String> winner,
        int votes,
        int votesNeeded,
        List<String> objections,
        List<Map<String, Integer>> rounds,
        Instant closedAt) {

    public PollOutcome {
        objections = List.copyOf(objections);
        rounds = rounds.stream().map(Map::copyOf).toList();
    }
}
