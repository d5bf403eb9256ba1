package org.gsi.dialogue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a confidence-building measure. */
public record MeasureId(UUID value) {

    public MeasureId {
        Objects.requireNonNull(value, "measure id");
    }

    public static MeasureId random() {
        return new MeasureId(UUID.randomUUID());
    }
}
