package org.gsi.cooperation;

import java.util.regex.Pattern;

/**
 * Code of a party: ISO 3166 alpha-3 for a state ({@code CHN}, {@code KAZ}) or a lower-case slug for an
 * organisation ({@code au}, {@code sco}, {@code asean}).
 */
public record PartyCode(String value) {

    private static final Pattern STATE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORGANISATION = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public PartyCode {
        if (value == null
                || !(STATE.matcher(value).matches()
                        || ORGANISATION.matcher(value).matches())) {
            throw new InvalidFieldException(
                    "party", "'" + value + "' is neither an ISO alpha-3 code nor an organisation slug");
        }
    }

    public static PartyCode of(String value) {
        return new PartyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
