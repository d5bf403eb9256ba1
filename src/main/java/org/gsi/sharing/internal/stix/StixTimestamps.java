package org.gsi.sharing.internal.stix;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * STIX and TAXII timestamps: {@code YYYY-MM-DDTHH:MM:SS[.s+]Z}, always UTC. Read down to the microsecond (the
 * database's precision); {@code date_added} is written with six fractional digits.
 */
public final class StixTimestamps {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private StixTimestamps() {}

    /** The instant of a well-formed timestamp on a real calendar date (no 30 February); a leap second is read as :59. */
    public static Optional<Instant> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            int seconds = Integer.parseInt(text.substring(17, 19));
            String base = text.substring(0, 17) + (seconds == 60 ? "59" : text.substring(17, 19));
            LocalDateTime t = LocalDateTime.parse(base);
            long nanos = 0;
            int dot = text.indexOf('.');
            if (dot > 0) {
                String fraction = (text.substring(dot + 1, text.length() - 1) + "000000000").substring(0, 9);
                nanos = Long.parseLong(fraction);
            }
            return Optional.of(t.toInstant(ZoneOffset.UTC).plusNanos(nanos).truncatedTo(ChronoUnit.MICROS));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String format(Instant instant) {
        return MICROS.format(instant);
    }
}
