package org.gsi.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The score of an asked name against one listed entry: the best of its names ({@link NameMatcher}), then the date
 * of birth and nationality ({@link Evidence}); a person asked against a listed organisation (or the reverse) is
 * capped at {@value #TYPE_CONFLICT_CAP}. A score at or above the threshold of its use marks a possible match, for a
 * person to decide on: never a verdict.
 */
public final class Scoring {

    /** The threshold when a use names none; chosen on the tuning half of the evaluation set. */
    public static final double DEFAULT_THRESHOLD = 0.76;

    static final double TYPE_CONFLICT_CAP = 0.5;

    private final NameMatcher matcher = new NameMatcher();

    public MatchResult score(ScreeningQuery query, List<NormalizedName> names, EntryFacts facts) {
        NameComparison best = NameComparison.NONE;
        NormalizedName bestName = null;
        for (NormalizedName name : names) {
            NameComparison c = matcher.compare(query.normalized(), name);
            if (bestName == null || c.score() > best.score()) {
                best = c;
                bestName = name;
            }
        }
        List<Factor> factors = new ArrayList<>();
        String listed = bestName == null ? "" : bestName.input();
        factors.add(Factor.of("names", 0, listed, round(best.score())));
        for (PartMatch p : best.parts()) {
            factors.add(Factor.of("part", 0, p.query(), p.candidate(), p.how(), round(p.similarity())));
        }
        best.unmatchedQuery().forEach(w -> factors.add(Factor.of("unmatched-query", 0, w)));
        best.unmatchedCandidate().forEach(w -> factors.add(Factor.of("unmatched-candidate", 0, w)));
        if (best.cappedAt() < 1.0) {
            factors.add(Factor.of("capped", 0, round(best.cappedAt())));
        }
        double score = best.score();
        if (query.type().isPresent() && query.type().get() != facts.type() && score > TYPE_CONFLICT_CAP) {
            factors.add(Factor.of(
                    "type-conflict",
                    TYPE_CONFLICT_CAP - score,
                    query.type().get().slug(),
                    facts.type().slug()));
            score = TYPE_CONFLICT_CAP;
        }
        boolean organisation = facts.type() == org.gsi.screening.internal.lists.EntryType.ORGANISATION;
        Optional<Factor> birth = organisation
                ? Optional.empty()
                : Evidence.birthDate(query.birthDate().orElse(null), facts.birthDates());
        Optional<Factor> nationality = Evidence.nationality(
                query.nationality().orElse(null),
                organisation ? facts.countries() : facts.nationalities(),
                organisation);
        for (Optional<Factor> f : List.of(birth, nationality)) {
            if (f.isPresent()) {
                factors.add(f.get());
                score += f.get().effect();
            }
        }
        return new MatchResult(round(Math.max(0, Math.min(1, score))), round(best.score()), listed, factors);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
