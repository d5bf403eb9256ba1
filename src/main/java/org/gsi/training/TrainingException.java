package org.gsi.training;

import org.gsi.platform.Message;
import org.gsi.platform.Refusal;

/**
 * A training command was refused; the reason is a message of the bundles ({@code training.refused.*}) with its
 * arguments, said in the reader's language when it is shown; {@link #getMessage()} is the same in English.
 */
public abstract class TrainingException extends Refusal {

    protected TrainingException(Message reason) {
        super(reason);
    }
}
