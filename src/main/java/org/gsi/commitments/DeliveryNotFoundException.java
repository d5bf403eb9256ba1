package org.gsi.commitments;

import org.gsi.platform.Message;

/** No delivery with that id belongs to the pledge. */
public class DeliveryNotFoundException extends CommitmentException {

    public DeliveryNotFoundException(DeliveryId delivery) {
        super(Message.of("commitments.refused.noDelivery", delivery.value().toString()));
    }
}
