package org.gsi.negotiation;

import java.util.Objects;
import java.util.UUID;

/** Identity of a poll among the members of a mechanism. */
public record PollId(UUID value) {

    public PollId {
        Objects.requireNonNull(value, "poll id");
    }

    public static PollId random() {
        return new PollId(UUID.randomUUID());
    }
}
