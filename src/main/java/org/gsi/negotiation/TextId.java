package org.gsi.negotiation;

import java.util.Objects;
import java.util.UUID;

/** Identity of a negotiated text. */
public record TextId(UUID value) {

    public TextId {
        Objects.requireNonNull(value, "text id");
    }

    public static TextId random() {
        return new TextId(UUID.randomUUID());
    }
}
