package org.gsi.dialogue.internal;

import org.gsi.platform.Message;
import org.gsi.platform.Refusal;

/** A command in a dialogue track or on a measure that the rules do not allow; nothing was changed. */
public abstract class DialogueException extends Refusal {

    protected DialogueException(Message reason) {
        super(reason);
    }
}
