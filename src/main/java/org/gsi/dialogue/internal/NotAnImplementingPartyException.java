package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** Only a measure's implementing parties report on it. */
public final class NotAnImplementingPartyException extends DialogueException {

    NotAnImplementingPartyException(Message message) {
        super(message);
    }
}
