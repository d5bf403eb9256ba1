package org.gsi.earlywarning;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A row that could not be used: the physical line where its record starts, why ({@link Kind}, a message key) and
 * the values the message shows, as the file has them. Put into words in the reader's language when it is read.
 */
public record RejectedRow(long line, Kind kind, List<String> arguments) {

    /** A quoted value longer than this is cut, with an ellipsis; a reason stays readable whatever the file holds. */
    public static final int QUOTED_LENGTH = 200;

    /** Why a row was rejected; each kind is a message {@code earlywarning.rejection.<KIND>} with the arguments in order. */
    public enum Kind {
        /** Expected {0} fields, found {1}. */
        FIELD_COUNT,
        /** Expected {0} tab-separated fields, found {1}. */
        TAB_FIELD_COUNT,
        /** Expected {0} or {1} tab-separated fields, found {2}. */
        TAB_FIELD_COUNT_EITHER,
        /** Field {0} is empty. */
        FIELD_EMPTY,
        /** Field {0} holds {1}, not a whole number. */
        NOT_WHOLE_NUMBER,
        /** Field {0} holds {1}, not a number. */
        NOT_NUMBER,
        /** Field {0} holds {1}, not a date written yyyy-mm-dd. */
        DATE_NOT_ISO,
        /** Field {0} holds {1}, neither yyyy-mm-dd nor "d Month yyyy". */
        DATE_NOT_ISO_NOR_LONG,
        /** Field {0} holds {1}, not eight digits yyyymmdd. */
        DATE_NOT_YYYYMMDD,
        /** Field {0} holds {1}, which is no day of the calendar. */
        DATE_INVALID,
        /** Field {0}, the event's place, is empty. */
        PLACE_EMPTY,
        /** {0} is not a FIPS 10-4 country code. */
        FIPS_UNKNOWN,
        /** {0} is not an ISO 3166-1 alpha-3 country code. */
        ALPHA3_UNKNOWN,
        /** Neither the code field {0} nor the country's name is filled in. */
        COUNTRY_EMPTY,
        /** Neither {0} {1} nor the name {2} is a known country. */
        COUNTRY_UNKNOWN,
        /** {0} {1} is the state {2}, which has no ISO 3166 alpha-3 code, and the name {3} is not a known country. */
        COUNTRY_WITHOUT_ISO_CODE,
        /** CAMEO root code {0} is not between 01 and 20. */
        ROOT_CODE_OUT_OF_RANGE,
        /** QuadClass {0} is not 1 to 4. */
        QUAD_CLASS_OUT_OF_RANGE,
        /** GoldsteinScale {0} is not within [-10, 10]. */
        GOLDSTEIN_OUT_OF_RANGE
    }

    public RejectedRow {
        Objects.requireNonNull(kind, "kind");
        arguments = arguments.stream().map(RejectedRow::quoted).toList();
    }

    public static RejectedRow of(long line, Kind kind, Object... arguments) {
        return new RejectedRow(
                line, kind, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message key of this rejection's kind. */
    public String messageKey() {
        return "earlywarning.rejection." + kind.name();
    }

    private static String quoted(String value) {
        Objects.requireNonNull(value, "argument");
        return value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
    }
}
