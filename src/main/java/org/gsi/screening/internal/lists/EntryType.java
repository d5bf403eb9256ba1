package org.gsi.screening.internal.lists;

import java.util.Locale;
import java.util.Optional;

/** What a list entry designates: a person (UN "individual") or an organisation (UN "entity"). */
public enum EntryType {
    PERSON,
    ORGANISATION;

    /** The word used in the API: {@code person} or {@code organisation}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code person}/{@code individual} or {@code organisation}/{@code organization}/{@code entity}. */
    public static Optional<EntryType> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "person", "individual", "p", "i" -> Optional.of(PERSON);
            case "organisation", "organization", "entity", "o", "e" -> Optional.of(ORGANISATION);
            default -> Optional.empty();
        };
    }
}
