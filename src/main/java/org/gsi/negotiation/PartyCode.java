package org.gsi.negotiation;

import java.util.Objects;
import java.util.regex.Pattern;

/** A party by its code: ISO alpha-3 for states ("CHN"), a slug for organisations ("au"). */
public record PartyCode(String value) implements Comparable<PartyCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,31}");

    public PartyCode {
        Objects.requireNonNull(value, "party code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a party code: '" + value + "'");
        }
    }

    public static PartyCode of(String value) {
        return new PartyCode(value);
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
