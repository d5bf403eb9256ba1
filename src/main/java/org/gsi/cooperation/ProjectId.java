package org.gsi.cooperation;

import java.util.Objects;
import java.util.UUID;

/** Identity of a cooperation project. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId newId() {
        return new ProjectId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
