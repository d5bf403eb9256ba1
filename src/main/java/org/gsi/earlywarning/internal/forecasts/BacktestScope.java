package org.gsi.earlywarning.internal.forecasts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.gsi.earlywarning.internal.forecasts.models.LeaveCountriesOut;
import org.gsi.platform.InvalidInputException;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;

/**
 * Which countries' units a backtest scores: a side of the leave-countries-out split (tuning, held-out or all),
 * narrowed to a list of countries (ISO alpha-3) and to an M49 region when given. Models are trained on every
 * country's history before each cut-off either way; only the scoring is restricted.
 */
record BacktestScope(LeaveCountriesOut.Split split, Set<String> countries, String region, Set<String> inRegion) {

    static BacktestScope all() {
        return new BacktestScope(LeaveCountriesOut.Split.ALL, Set.of(), null, Set.of());
    }

    static BacktestScope split(LeaveCountriesOut.Split split) {
        return new BacktestScope(split, Set.of(), null, Set.of());
    }

    /** From a request's fields; an unknown split, a malformed country code or region is refused naming its field. */
    static BacktestScope of(String split, List<String> countries, String region, Registry registry) {
        LeaveCountriesOut.Split side = LeaveCountriesOut.Split.ALL;
        if (split != null && !split.isBlank()) {
            try {
                side = LeaveCountriesOut.Split.valueOf(
                        split.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("split", "must be tuning, held-out or all");
            }
        }
        Set<String> codes = new TreeSet<>();
        for (String c : countries == null ? List.<String>of() : countries) {
            String iso = c == null ? "" : c.trim().toUpperCase(Locale.ROOT);
            if (!iso.matches("[A-Z]{3}")) {
                throw new InvalidInputException("countries", "each country must be an ISO alpha-3 code");
            }
            codes.add(iso);
        }
        String m49 = region == null || region.isBlank() ? null : region.trim();
        Set<String> members = new TreeSet<>();
        if (m49 != null) {
            if (!m49.matches("\\d{3}")) {
                throw new InvalidInputException("region", "must be an M49 region code such as 002 (Africa)");
            }
            registry.search(new PartyQuery(null, null, m49, null, null, "en", 0, 500)).items().stream()
                    .map(PartySummary::code)
                    .forEach(members::add);
        }
        return new BacktestScope(side, codes, m49, members);
    }

    boolean scores(String iso3) {
        return split.includes(iso3)
                && (countries.isEmpty() || countries.contains(iso3))
                && (region == null || inRegion.contains(iso3));
    }

    /** What the scored units are, for the report: the side of the split, then the countries and the region if given. */
    String label() {
        List<String> parts = new ArrayList<>();
        parts.add(
                switch (split) {
                    case TUNING -> "tuning countries";
                    case HELD_OUT -> "held-out countries";
                    case ALL -> "all countries";
                });
        if (!countries.isEmpty()) {
            parts.add("countries " + String.join(", ", countries));
        }
        if (region != null) {
            parts.add("region " + region);
        }
        return String.join("; ", parts);
    }
}
