package org.gsi.screening.internal.matching;

import java.util.List;

/**
 * One reason in the explanation of a score, stored as a code and its values so that every reader sees it in their
 * language ({@code screening.factor.<code>}).
 *
 * <ul>
 *   <li>{@code part}: a name part matched — asked word, listed word, how, similarity;
 *   <li>{@code unmatched-query}, {@code unmatched-candidate}: words of one name without a partner;
 *   <li>{@code names}: the score of the names alone — listed name, score;
 *   <li>{@code capped}: fewer than two name parts matched, the score is capped — cap;
 *   <li>{@code birth-exact}, {@code birth-year}, {@code birth-conflict}, {@code birth-near}: the date of birth asked
 *       against the list's — asked, listed;
 *   <li>{@code nationality-match}, {@code nationality-conflict}, {@code country-match}, {@code country-conflict}:
 *       the nationality (or, for organisations, the country) asked against the list's — asked, listed;
 *   <li>{@code type-conflict}: a person asked, an organisation listed, or the reverse.
 * </ul>
 *
 * @param effect what the factor added to (or took from) the score; 0 for descriptive factors
 */
public record Factor(String code, List<String> args, double effect) {

    public Factor {
        args = List.copyOf(args);
    }

    public static Factor of(String code, double effect, Object... args) {
        return new Factor(
                code, java.util.Arrays.stream(args).map(String::valueOf).toList(), Math.round(effect * 1000) / 1000.0);
    }
}
