package org.gsi.negotiation;

import java.util.Objects;
import java.util.UUID;

/** Identity of one proposed amendment, shown in a bracket as one option. */
public record OptionId(UUID value) {

    public OptionId {
        Objects.requireNonNull(value, "option id");
    }

    public static OptionId random() {
        return new OptionId(UUID.randomUUID());
    }
}
