package org.gsi.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.screening.internal.ScreeningViews.CompareRequest;
import org.gsi.screening.internal.ScreeningViews.CompareView;
import org.gsi.screening.internal.ScreeningViews.Side;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListEntry;
import org.gsi.screening.internal.matching.BirthDateQuery;
import org.gsi.screening.internal.matching.Countries;
import org.gsi.screening.internal.matching.EntryFacts;
import org.gsi.screening.internal.matching.MatchResult;
import org.gsi.screening.internal.matching.NameNormalizer;
import org.gsi.screening.internal.matching.NormalizedName;
import org.gsi.screening.internal.matching.Scoring;
import org.gsi.screening.internal.matching.ScreeningQuery;
import org.springframework.stereotype.Component;

/**
 * The matcher applied to one pair: side a as asked, side b as if it were listed (its name and aliases, date of birth
 * and nationality), scored and explained as a check would score it, and called a match at the default threshold.
 */
@Component
class Comparisons {

    private final NameNormalizer normalizer = new NameNormalizer();
    private final Scoring scoring = new Scoring();
    private final CheckService checks;

    Comparisons(CheckService checks) {
        this.checks = checks;
    }

    CompareView compare(CompareRequest r, Locale locale) {
        if (r == null || r.a() == null) {
            throw new InvalidInputException("a", Message.of("screening.refused.side"));
        }
        if (r.b() == null) {
            throw new InvalidInputException("b", Message.of("screening.refused.side"));
        }
        Side a = r.a();
        Side b = r.b();
        Screener.Asked asked = side("a", a);
        Screener.Asked listed = side("b", b);
        EntryType type = listed.type() != null ? listed.type() : asked.type() != null ? asked.type() : EntryType.PERSON;
        ScreeningQuery query = ScreeningQuery.of(
                normalizer,
                asked.name(),
                asked.type(),
                BirthDateQuery.parse(asked.birthDate()).orElse(null),
                asked.nationality());
        if (query.normalized().isEmpty()) {
            throw new InvalidInputException("a.name", Message.of("screening.refused.noLetter"));
        }
        List<NormalizedName> names = new ArrayList<>();
        names.add(normalizer.normalize(listed.name(), type == EntryType.ORGANISATION));
        if (b.aliases() != null) {
            b.aliases().stream()
                    .filter(x -> x != null && !x.isBlank())
                    .forEach(x -> names.add(normalizer.normalize(x, type == EntryType.ORGANISATION)));
        }
        List<ListEntry.BirthDate> dates = new ArrayList<>();
        BirthDateQuery.parse(listed.birthDate())
                .ifPresent(d -> dates.add(
                        d.fullDate()
                                ? new ListEntry.BirthDate("EXACT", d.iso(), null, null, null, "")
                                : new ListEntry.BirthDate("EXACT", "", d.year(), null, null, "")));
        Set<String> nationality = new LinkedHashSet<>();
        Countries.shipped().resolve(listed.nationality()).ifPresent(nationality::add);
        MatchResult m = scoring.score(query, names, new EntryFacts(type, dates, nationality, nationality));
        return new CompareView(
                m.score(),
                Scoring.DEFAULT_THRESHOLD,
                m.score() >= Scoring.DEFAULT_THRESHOLD,
                checks.explanation(m.score(), m.factors(), locale));
    }

    private static Screener.Asked side(String field, Side s) {
        try {
            return Screener.ask(s.name(), s.type(), s.birthDate(), s.nationality(), null, Scoring.DEFAULT_THRESHOLD);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + "." + e.field(), e.words());
        }
    }
}
