package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** A party's consent, approval or report is given only by that party's own focal point. */
public final class NotOwnFocalPointException extends DialogueException {

    NotOwnFocalPointException(Message message) {
        super(message);
    }
}
