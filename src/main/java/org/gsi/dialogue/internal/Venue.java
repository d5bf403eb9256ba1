package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** Where a session meets: a named place, or online. */
record Venue(String place, boolean online) {

    Venue {
        place = place == null ? "" : place.strip();
        if (!online && place.isEmpty()) {
            throw new InvalidTrackException(Message.of("dialogue.refused.venue"));
        }
    }

    static Venue at(String place) {
        return new Venue(place, false);
    }

    static Venue onlineMeeting() {
        return new Venue("", true);
    }

    String describe() {
        return online ? "online" : place;
    }
}
