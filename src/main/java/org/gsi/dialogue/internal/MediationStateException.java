package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** The mediation is not in a state that allows the request. */
public final class MediationStateException extends DialogueException {

    MediationStateException(Message message) {
        super(message);
    }
}
