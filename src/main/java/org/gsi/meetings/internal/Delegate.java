package org.gsi.meetings.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** A person in a delegation or registration, with their function. */
record Delegate(String name, String function, String email) {

    Delegate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(email, "email");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A delegate needs a name");
        }
    }

    /** Same person: equal names (ignoring case, accents' composition and spacing) or equal e-mail. */
    boolean isSamePersonAs(Delegate other) {
        return key(name).equals(key(other.name))
                || (!email.isBlank() && key(email).equals(key(other.email)));
    }

    private static String key(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
