package org.gsi.commitments;

import org.gsi.platform.Message;

/** A delivery with a non-positive quantity, a date outside the pledge period, or a beneficiary the pledge does not cover. */
public class InvalidDeliveryException extends CommitmentException {

    public InvalidDeliveryException(Message reason) {
        super(reason);
    }
}
