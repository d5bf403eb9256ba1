package org.gsi.dialogue.internal;

/** Only the parties concerned (and an appointed mediator, where said) act in a track. */
public final class NotAPartyConcernedException extends DialogueException {

    NotAPartyConcernedException(String message) {
        super(message);
    }
}
