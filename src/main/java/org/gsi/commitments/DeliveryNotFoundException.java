package org.gsi.commitments;

/** No delivery with that id belongs to the pledge. */
public class DeliveryNotFoundException extends CommitmentException {

    public DeliveryNotFoundException(DeliveryId delivery) {
        super("No delivery " + delivery.value() + " on this pledge");
    }
}
