package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** The session does not exist in this track. */
public final class UnknownSessionException extends DialogueException {

    UnknownSessionException(Message message) {
        super(message);
    }
}
