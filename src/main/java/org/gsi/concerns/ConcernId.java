package org.gsi.concerns;

import java.util.Objects;
import java.util.UUID;

/** Identity of a registered security concern. */
public record ConcernId(UUID value) {

    public ConcernId {
        Objects.requireNonNull(value, "value");
    }

    public static ConcernId newId() {
        return new ConcernId(UUID.randomUUID());
    }
}
