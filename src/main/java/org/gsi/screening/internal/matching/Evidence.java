package org.gsi.screening.internal.matching;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.screening.internal.lists.ListEntry;

/**
 * What a date of birth and a nationality add to the score of the names, or take from it.
 *
 * <ul>
 *   <li>Date of birth: the same full date +{@value #BIRTH_EXACT}; the year within the listed one or range (an
 *       approximate date widened by one year on each side) +{@value #BIRTH_YEAR}; within two more years: nothing;
 *       further from every listed date: {@value #BIRTH_CONFLICT}. Nothing when either side has no year.
 *   <li>Nationality of a person: among the listed nationalities +{@value #NATIONALITY_MATCH}, none of them
 *       {@value #NATIONALITY_CONFLICT} (nationalities change and people hold several). For an organisation the
 *       countries of its addresses: +{@value #COUNTRY_MATCH} or {@value #COUNTRY_CONFLICT}. Nothing when either side
 *       names no known country.
 * </ul>
 */
public final class Evidence {

    static final double BIRTH_EXACT = 0.08;
    static final double BIRTH_YEAR = 0.04;
    static final double BIRTH_CONFLICT = -0.20;
    static final double NATIONALITY_MATCH = 0.04;
    static final double NATIONALITY_CONFLICT = -0.08;
    static final double COUNTRY_MATCH = 0.03;
    static final double COUNTRY_CONFLICT = -0.04;

    private Evidence() {}

    static Optional<Factor> birthDate(BirthDateQuery asked, List<ListEntry.BirthDate> listed) {
        if (asked == null) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        ListEntry.BirthDate closest = null;
        for (ListEntry.BirthDate d : listed) {
            Optional<Integer> from = d.earliestYear();
            Optional<Integer> to = d.latestYear();
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            if (asked.fullDate() && d.date() != null && d.date().startsWith(asked.iso())) {
                return Optional.of(Factor.of("birth-exact", BIRTH_EXACT, asked.iso(), d.describe()));
            }
            int slack = d.approximate() ? 1 : 0;
            int lo = from.get() - slack;
            int hi = to.get() + slack;
            int distance = asked.year() < lo ? lo - asked.year() : asked.year() > hi ? asked.year() - hi : 0;
            if (distance < best) {
                best = distance;
                closest = d;
            }
        }
        if (closest == null) {
            return Optional.empty();
        }
        if (best == 0) {
            return Optional.of(Factor.of("birth-year", BIRTH_YEAR, asked.iso(), closest.describe()));
        }
        if (best <= 2) {
            return Optional.of(Factor.of("birth-near", 0, asked.iso(), closest.describe()));
        }
        return Optional.of(Factor.of("birth-conflict", BIRTH_CONFLICT, asked.iso(), closest.describe()));
    }

    static Optional<Factor> nationality(String asked, Set<String> listed, boolean organisation) {
        if (asked == null || asked.isBlank() || listed.isEmpty()) {
            return Optional.empty();
        }
        String all = String.join(", ", listed);
        if (listed.contains(asked)) {
            return Optional.of(
                    organisation
                            ? Factor.of("country-match", COUNTRY_MATCH, asked, all)
                            : Factor.of("nationality-match", NATIONALITY_MATCH, asked, all));
        }
        return Optional.of(
                organisation
                        ? Factor.of("country-conflict", COUNTRY_CONFLICT, asked, all)
                        : Factor.of("nationality-conflict", NATIONALITY_CONFLICT, asked, all));
    }
}
