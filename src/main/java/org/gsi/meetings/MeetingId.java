package org.gsi.meetings;

import java.util.Objects;
import java.util.UUID;

/** Identity of a meeting. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "id");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }
}
