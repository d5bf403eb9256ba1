package org.gsi.screening.internal.matching;

import org.gsi.screening.internal.lists.EntryType;

/**
 * A listed entry found for an asked name, with its score and explanation.
 *
 * @param list the id of the list
 * @param reference the entry's reference number in that list
 */
public record Candidate(String list, String reference, EntryType type, String name, String regime, MatchResult match) {

    public double score() {
        return match.score();
    }
}
