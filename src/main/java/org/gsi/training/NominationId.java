package org.gsi.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of a nomination. */
public record NominationId(UUID value) {

    public NominationId {
        Objects.requireNonNull(value, "id");
    }

    public static NominationId random() {
        return new NominationId(UUID.randomUUID());
    }
}
