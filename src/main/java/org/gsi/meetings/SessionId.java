package org.gsi.meetings;

import java.util.Objects;
import java.util.UUID;

/** Identity of a programme session. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "id");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }
}
