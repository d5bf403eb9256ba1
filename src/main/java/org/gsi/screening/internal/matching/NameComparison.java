package org.gsi.screening.internal.matching;

import java.util.List;

/**
 * Two names compared: the score of the names alone (0 to 1), the parts that matched and how, the words of each
 * side left without a partner, and whether the score was capped because too few parts matched.
 *
 * @param queryCoverage how much of the asked name the matched parts explain (0 to 1)
 * @param candidateCoverage how much of the listed name they explain, words in the middle of a person's name
 *     counting less
 * @param cappedAt the cap applied when fewer than two full name parts matched, or 1 when none was
 */
public record NameComparison(
        double score,
        List<PartMatch> parts,
        List<String> unmatchedQuery,
        List<String> unmatchedCandidate,
        double queryCoverage,
        double candidateCoverage,
        double cappedAt) {

    public static final NameComparison NONE = new NameComparison(0, List.of(), List.of(), List.of(), 0, 0, 1);
}
