package org.gsi.meetings.internal;

import java.util.Optional;

/** Where a meeting happens: a place, an online link, or both. */
record Venue(Optional<String> place, Optional<String> onlineLink) {

    Venue {
        if (place.isEmpty() && onlineLink.isEmpty()) {
            throw new IllegalArgumentException("A venue is a place, an online link, or both");
        }
    }

    static Venue at(String place) {
        return new Venue(Optional.of(place), Optional.empty());
    }

    String describe() {
        return place.map(p -> onlineLink.map(l -> p + " and online (" + l + ")").orElse(p))
                .orElseGet(() -> "Online: " + onlineLink.orElseThrow());
    }
}
