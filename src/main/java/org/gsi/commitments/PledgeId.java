package org.gsi.commitments;

import java.util.Objects;
import java.util.UUID;

/** Identity of a pledge. */
public record PledgeId(UUID value) {

    public PledgeId {
        Objects.requireNonNull(value, "pledge id");
    }

    public static PledgeId random() {
        return new PledgeId(UUID.randomUUID());
    }
}
