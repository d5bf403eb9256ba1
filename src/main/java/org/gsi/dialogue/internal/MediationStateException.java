package org.gsi.dialogue.internal;

/** The mediation is not in a state that allows the request. */
public final class MediationStateException extends DialogueException {

    MediationStateException(String message) {
        super(message);
    }
}
