package org.gsi.commitments;

import java.util.Locale;
import java.util.Objects;

/** A party by its registry code: ISO alpha-3 for states ("CHN"), a slug for organisations ("au"). */
public record PartyCode(String value) implements Comparable<PartyCode> {

    public PartyCode {
        Objects.requireNonNull(value, "party code");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("A party code cannot be blank");
        }
        if (value.length() == 3 && value.chars().allMatch(Character::isLetter)) {
            value = value.toUpperCase(Locale.ROOT);
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
