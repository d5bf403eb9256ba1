package org.gsi.platform;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

/**
 * Numbers, amounts, percentages, dates, times and messages written for one reader: in their language (ICU's CLDR
 * data, one digit system per language: Western digits, Arabic included) and their time zone. Every page has one as
 * {@code #fmt}; code that writes for a reader builds one with {@link #current(MessageSource)} or {@link
 * #of(MessageSource, Locale, ZoneId)}. An instance serves one thread.
 */
public final class ReaderFormats {

    private final MessageSource messages;
    private final Locale locale;
    private final ULocale ulocale;
    private final ZoneId zone;

    private ReaderFormats(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.ulocale = ulocale(locale);
        this.zone = zone;
    }

    /** For the reader of the current request: the page's language and the reader's time zone. */
    public static ReaderFormats current(MessageSource messages) {
        return new ReaderFormats(messages, LocaleContextHolder.getLocale(), readerZone());
    }

    public static ReaderFormats of(MessageSource messages, Locale locale, ZoneId zone) {
        return new ReaderFormats(messages, locale, zone);
    }

    /**
     * The reader's time zone: the one the request carries (the user's preference, else the browser's), UTC
     * without one.
     */
    public static ZoneId readerZone() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        if (context instanceof TimeZoneAwareLocaleContext tz && tz.getTimeZone() != null) {
            return tz.getTimeZone().toZoneId();
        }
        return ZoneOffset.UTC;
    }

    /** The ICU locale of a language, with the one digit system the platform writes it in. */
    public static ULocale ulocale(Locale locale) {
        ULocale u = ULocale.forLocale(locale);
        return locale.getLanguage().equals("ar") ? u.setKeywordValue("numbers", "latn") : u;
    }

    public Locale locale() {
        return locale;
    }

    /** The reader's time zone id, e.g. {@code Europe/Paris}. */
    public String zone() {
        return zone.getId();
    }

    // ---- numbers

    /** A number with grouping and up to three decimals: 10,000,000 / 10 000 000 / 1.1. */
    public String number(Object value) {
        BigDecimal n = decimal(value);
        return n == null ? "" : NumberFormat.getNumberInstance(ulocale).format(n);
    }

    /** A number with exactly {@code decimals} decimals. */
    public String number(Object value, int decimals) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(ulocale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(n);
    }

    /** A share (0.25) as a percentage (25 %), whole. */
    public String percent(Object share) {
        return percent(share, 0);
    }

    public String percent(Object share, int decimals) {
        BigDecimal n = decimal(share);
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getPercentInstance(ulocale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(n);
    }

    /** An amount of money in its ISO 4217 currency (US$10,000.00, 10 000,00 $US); a bare number without one. */
    public String money(Object amount, String currency) {
        BigDecimal n = decimal(amount);
        if (n == null) {
            return "";
        }
        if (currency == null || currency.isBlank()) {
            return number(n, 2);
        }
        try {
            NumberFormat f = NumberFormat.getCurrencyInstance(ulocale);
            f.setCurrency(Currency.getInstance(currency.trim()));
            return f.format(n);
        } catch (IllegalArgumentException e) {
            return number(n, 2) + " " + currency;
        }
    }

    /** A size in bytes, in the unit that suits it: 512 B, 12 kB, 3.4 MB. */
    public String bytes(Object size) {
        BigDecimal n = decimal(size);
        if (n == null) {
            return "";
        }
        com.ibm.icu.util.MeasureUnit unit = com.ibm.icu.util.MeasureUnit.BYTE;
        BigDecimal value = n;
        if (n.compareTo(BigDecimal.valueOf(1024 * 1024)) >= 0) {
            unit = com.ibm.icu.util.MeasureUnit.MEGABYTE;
            value = n.divide(BigDecimal.valueOf(1024 * 1024), 1, java.math.RoundingMode.HALF_UP);
        } else if (n.compareTo(BigDecimal.valueOf(1024)) >= 0) {
            unit = com.ibm.icu.util.MeasureUnit.KILOBYTE;
            value = n.divide(BigDecimal.valueOf(1024), 0, java.math.RoundingMode.HALF_UP);
        }
        return com.ibm.icu.text.MeasureFormat.getInstance(ulocale, com.ibm.icu.text.MeasureFormat.FormatWidth.SHORT)
                .format(new com.ibm.icu.util.Measure(value, unit));
    }

    /** A signed change: +12 / −3.5. */
    public String change(Object value, int decimals) {
        BigDecimal n = decimal(value);
        if (n == null) {
            return "";
        }
        String plain = number(n.abs(), decimals);
        return (n.signum() > 0 ? "+" : n.signum() < 0 ? "\u2212" : "") + plain;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- dates and times

    /** A date: a calendar date as it is, a moment as the date in the reader's time zone. */
    public String date(Object value) {
        return write(value, DateFormat.getDateInstance(DateFormat.MEDIUM, ulocale), zone);
    }

    /** A date and time, in the reader's time zone. */
    public String dateTime(Object value) {
        return write(value, DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ulocale), zone);
    }

    /** A time of day (hours and minutes), in the reader's time zone. */
    public String time(Object value) {
        return write(value, DateFormat.getTimeInstance(DateFormat.SHORT, ulocale), zone);
    }

    /** A date and time in a given time zone (a meeting's), written in the reader's language. */
    public String dateTimeIn(Object value, String zoneId) {
        return write(
                value,
                DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ulocale),
                zoneOr(zoneId, zone));
    }

    /** A time of day in a given time zone (a meeting's). */
    public String timeIn(Object value, String zoneId) {
        return write(value, DateFormat.getTimeInstance(DateFormat.SHORT, ulocale), zoneOr(zoneId, zone));
    }

    /** A month: January 2027, janvier 2027. */
    public String month(Object value) {
        YearMonth month = value instanceof YearMonth m ? m : value == null ? null : parseMonth(value.toString());
        if (month == null) {
            return value == null ? "" : value.toString();
        }
        DateFormat f = DateFormat.getPatternInstance(DateFormat.YEAR_MONTH, ulocale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(Date.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A time zone's name in the reader's language: China Time, heure : Chine. */
    public String zoneName(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return "";
        }
        return TimeZoneFormat.getInstance(ulocale)
                .format(
                        TimeZoneFormat.Style.GENERIC_LOCATION,
                        TimeZone.getTimeZone(zoneId),
                        System.currentTimeMillis());
    }

    /** Whether the reader's clock shows another time than {@code zoneId}'s at that moment. */
    public boolean readerZoneDiffers(String zoneId, Object moment) {
        Instant at = instant(moment);
        ZoneId other = zoneOr(zoneId, null);
        if (at == null || other == null) {
            return false;
        }
        return !other.getRules().getOffset(at).equals(zone.getRules().getOffset(at));
    }

    // ---- words

    /** A stored message in the reader's language, its arguments formatted for the reader. */
    public String text(Message message) {
        if (message == null) {
            return "";
        }
        Object[] args = message.args().stream().map(this::argument).toArray();
        return messages.getMessage(message.key(), args.length == 0 ? null : args, message.key(), locale);
    }

    /** A word of the bundles by key, or the key's last part when it has none (an unforeseen code). */
    public String word(String key) {
        if (key == null) {
            return "";
        }
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
    }

    /** Items joined as the language joins them: A, B and C / A, B et C / A、B和C. */
    public String list(Collection<?> items) {
        return items == null ? "" : ListFormatter.getInstance(ulocale).format(items);
    }

    private Object argument(Object arg) {
        if (arg instanceof Message m) {
            return text(m);
        }
        if (arg instanceof Message.Translations t) {
            return t.in(locale.getLanguage());
        }
        if (arg instanceof LocalDate d) {
            return date(d);
        }
        if (arg instanceof Instant i) {
            return dateTime(i);
        }
        if (arg instanceof YearMonth m) {
            return month(m);
        }
        return arg;
    }

    private String write(Object value, DateFormat format, ZoneId in) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            format.setTimeZone(TimeZone.GMT_ZONE);
            return format.format(Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (value instanceof LocalDateTime t) {
            format.setTimeZone(TimeZone.GMT_ZONE);
            return format.format(Date.from(t.toInstant(ZoneOffset.UTC)));
        }
        Instant at = instant(value);
        if (at == null) {
            LocalDate d = parseDate(value.toString());
            return d == null ? value.toString() : write(d, format, in);
        }
        format.setTimeZone(TimeZone.getTimeZone(in.getId()));
        return format.format(Date.from(at));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof TemporalAccessor || value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.toString()).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneId zoneOr(String zoneId, ZoneId fallback) {
        try {
            return zoneId == null || zoneId.isBlank() ? fallback : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
