package org.gsi.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.matching.BirthDateQuery;
import org.gsi.screening.internal.matching.Candidate;
import org.gsi.screening.internal.matching.Scoring;
import org.gsi.screening.internal.matching.ScreeningQuery;
import org.springframework.stereotype.Component;

/**
 * Screens one name against lists: validates what is asked, looks its candidates up in the index of the current list
 * versions, and returns them ranked with the versions they came from. Candidates at or above the threshold are
 * possible matches; the best others down to {@value #BELOW} under it are returned too, so a reader sees what nearly
 * matched.
 */
@Component
class Screener {

    static final int MAX_CANDIDATES = 10;
    static final double BELOW = 0.2;
    static final int MAX_NAME = 300;

    private final CandidateIndexHolder holder;

    Screener(CandidateIndexHolder holder) {
        this.holder = holder;
    }

    /** What is asked, checked: a name with letters, a known type, a readable date of birth, a threshold. */
    record Asked(String name, EntryType type, String birthDate, String nationality, double threshold) {}

    /** The candidates and the versions of the lists they were looked up in. */
    record Screened(List<Candidate> candidates, List<String> lists, List<CandidateIndexHolder.ListVersion> versions) {

        int possibleMatches(double threshold) {
            return (int) candidates.stream().filter(c -> c.score() >= threshold).count();
        }
    }

    static Asked ask(
            String name, String type, String birthDate, String nationality, Double threshold, double fallback) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", Message.of("screening.refused.name"));
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", Message.of("screening.refused.tooLong", MAX_NAME));
        }
        EntryType t = null;
        if (type != null && !type.isBlank()) {
            t = EntryType.parse(type)
                    .orElseThrow(() -> new InvalidInputException("type", Message.of("screening.refused.type")));
        }
        try {
            BirthDateQuery.parse(birthDate);
        } catch (BirthDateQuery.Invalid e) {
            throw new InvalidInputException("birthDate", Message.of("screening.refused.birthDate." + e.code()));
        }
        double th = threshold == null ? fallback : threshold;
        if (th < 0.5 || th > 1.0) {
            throw new InvalidInputException("threshold", Message.of("screening.refused.threshold"));
        }
        return new Asked(name.trim(), t, blankToNull(birthDate), blankToNull(nationality), th);
    }

    Screened screen(Asked asked, Set<String> lists) {
        CandidateIndexHolder.Snapshot snapshot = holder.current();
        ScreeningQuery query = ScreeningQuery.of(
                holder.normalizer(),
                asked.name(),
                asked.type(),
                BirthDateQuery.parse(asked.birthDate()).orElse(null),
                asked.nationality());
        if (query.normalized().isEmpty()) {
            throw new InvalidInputException("name", Message.of("screening.refused.noLetter"));
        }
        double floor = Math.max(0.3, asked.threshold() - BELOW);
        List<Candidate> candidates = snapshot.index().search(query, lists, MAX_CANDIDATES, floor);
        List<CandidateIndexHolder.ListVersion> versions = new ArrayList<>();
        for (String l : lists) {
            versions.add(snapshot.versions().getOrDefault(l, new CandidateIndexHolder.ListVersion(l, "", 0)));
        }
        return new Screened(candidates, new ArrayList<>(lists), versions);
    }

    static double defaultThreshold() {
        return Scoring.DEFAULT_THRESHOLD;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
