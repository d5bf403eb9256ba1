package org.gsi.dialogue.internal;

/** A party's consent, approval or report is given only by that party's own focal point. */
public final class NotOwnFocalPointException extends DialogueException {

    NotOwnFocalPointException(String message) {
        super(message);
    }
}
