package org.gsi.dialogue.internal;

/** Minutes are drafted, then approved; approved minutes are final. */
public final class MinutesStateException extends DialogueException {

    MinutesStateException(String message) {
        super(message);
    }
}
