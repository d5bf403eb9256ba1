package org.gsi.negotiation.internal.poll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Instant-runoff count: each ballot counts for its highest-ranked choice still in the count; a
 * choice with more than half of the counted ballots wins; otherwise the choices with fewest votes
 * are eliminated together and the count repeats. When every remaining choice is tied, it is a tie.
 */
final class InstantRunoff {

    record Count(Optional<String> winner, List<Map<String, Integer>> rounds) {}

    private InstantRunoff() {}

    static Count count(List<String> choices, Collection<List<String>> ballots) {
        Set<String> continuing = new LinkedHashSet<>(choices);
        List<Map<String, Integer>> rounds = new ArrayList<>();
        while (!continuing.isEmpty()) {
            Map<String, Integer> round = tally(continuing, ballots);
            rounds.add(round);
            int counted = round.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> entry : round.entrySet()) {
                if (entry.getValue() * 2 > counted) {
                    return new Count(Optional.of(entry.getKey()), rounds);
                }
            }
            int fewest =
                    round.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            List<String> lowest = round.entrySet().stream()
                    .filter(e -> e.getValue() == fewest)
                    .map(Map.Entry::getKey)
                    .toList();
            if (lowest.size() == continuing.size()) {
                break;
            }
            lowest.forEach(continuing::remove);
        }
        return new Count(Optional.empty(), rounds);
    }

    private static Map<String, Integer> tally(Set<String> continuing, Collection<List<String>> ballots) {
        Map<String, Integer> round = new LinkedHashMap<>();
        continuing.forEach(choice -> round.put(choice, 0));
        for (List<String> ballot : ballots) {
            ballot.stream()
                    .filter(continuing::contains)
                    .findFirst()
                    .ifPresent(top -> round.merge(top, 1, Integer::sum));
        }
        return round;
    }
}
