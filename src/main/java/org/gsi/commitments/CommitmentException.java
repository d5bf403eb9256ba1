package org.gsi.commitments;

import org.gsi.platform.Message;
import org.gsi.platform.Refusal;

/**
 * A command on a pledge was refused; the reason is a message of the bundles ({@code commitments.refused.*}) with its
 * arguments, said in the reader's language when it is shown; {@link #getMessage()} is the same in English.
 */
public abstract class CommitmentException extends Refusal {

    protected CommitmentException(Message reason) {
        super(reason);
    }
}
