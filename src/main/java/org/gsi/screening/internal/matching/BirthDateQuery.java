package org.gsi.screening.internal.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date of birth asked: a full date (1973-09-30), a month (1973-09) or a year (1973). */
public record BirthDateQuery(int year, Integer month, Integer day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /**
     * Reads the date, or empty when it is blank; throws {@link Invalid} with the code of the reason: {@code form},
     * {@code year}, {@code month} or {@code calendar}.
     */
    public static Optional<BirthDateQuery> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new Invalid("form");
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.parseInt(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        if (year < 1850 || year > LocalDate.now().getYear()) {
            throw new Invalid("year");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null && (month < 1 || month > 12)) {
                throw new Invalid("month");
            }
        } catch (DateTimeException e) {
            throw new Invalid("calendar");
        }
        return Optional.of(new BirthDateQuery(year, month, day));
    }

    public boolean fullDate() {
        return day != null;
    }

    /** As written in ISO 8601 (yyyy, yyyy-mm or yyyy-mm-dd). */
    public String iso() {
        if (day != null) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        return month != null ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }

    /** A date of birth that cannot be asked, with the code of the reason. */
    public static final class Invalid extends IllegalArgumentException {

        private final String code;

        Invalid(String code) {
            super("date of birth: " + code);
            this.code = code;
        }

        /** {@code form}, {@code year}, {@code month} or {@code calendar}. */
        public String code() {
            return code;
        }
    }
}
