package org.gsi.dialogue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a dialogue track. */
public record TrackId(UUID value) {

    public TrackId {
        Objects.requireNonNull(value, "track id");
    }

    public static TrackId random() {
        return new TrackId(UUID.randomUUID());
    }
}
