package org.gsi.screening.internal.matching;

import java.util.List;

/**
 * The score of an asked name against one listed entry, with its explanation.
 *
 * @param score 0 to 1: the names' score plus what the date of birth and nationality added or took away
 * @param nameScore the score of the best-matching listed name alone
 * @param matchedName the listed name (primary, alias or original script) that matched best
 */
public record MatchResult(double score, double nameScore, String matchedName, List<Factor> factors) {

    public MatchResult {
        factors = List.copyOf(factors);
    }
}
