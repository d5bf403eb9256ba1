package org.gsi.meetings;

import java.util.Objects;
import java.util.UUID;

/** Identity of a delegation or participant registration. */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Objects.requireNonNull(value, "id");
    }

    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID());
    }
}
