package org.gsi.dialogue.internal;

/** The session does not exist in this track. */
public final class UnknownSessionException extends DialogueException {

    UnknownSessionException(String message) {
        super(message);
    }
}
