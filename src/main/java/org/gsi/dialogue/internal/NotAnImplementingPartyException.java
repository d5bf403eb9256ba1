package org.gsi.dialogue.internal;

/** Only a measure's implementing parties report on it. */
public final class NotAnImplementingPartyException extends DialogueException {

    NotAnImplementingPartyException(String message) {
        super(message);
    }
}
