package org.gsi.commitments;

import java.util.Objects;
import java.util.UUID;

/** Identity of one delivery record within a pledge. */
public record DeliveryId(UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "delivery id");
    }

    public static DeliveryId random() {
        return new DeliveryId(UUID.randomUUID());
    }
}
