package org.gsi.registry;

import java.util.regex.Pattern;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * A party by the code the registry keys it with: ISO 3166 alpha-3 in capitals for a country or area ({@code CHN},
 * {@code KAZ}), a lower-case slug for an organisation, mechanism, forum, institution or NGO ({@code au}, {@code sco},
 * {@code asean}, {@code china-central-asia}). Case is part of the code: {@code sco} is the organisation, and
 * {@code SCO} is no party.
 */
public record PartyCode(String value) implements Comparable<PartyCode> {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORGANISATION = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public PartyCode {
        if (value == null || !(COUNTRY.matcher(value).matches() || isOrganisationCode(value))) {
            throw new InvalidInputException("party", Message.of("registry.partyCode.invalid", String.valueOf(value)));
        }
    }

    public static PartyCode of(String value) {
        return new PartyCode(value);
    }

    /** Whether {@code code} has the form of an organisation's code: 2 to 40 lower-case letters, digits or hyphens. */
    public static boolean isOrganisationCode(String code) {
        return code != null && ORGANISATION.matcher(code).matches();
    }

    @Override
    public int compareTo(PartyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
