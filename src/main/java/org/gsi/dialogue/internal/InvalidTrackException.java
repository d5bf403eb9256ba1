package org.gsi.dialogue.internal;

/** A track, session or measure described incompletely or inconsistently. */
public final class InvalidTrackException extends DialogueException {

    InvalidTrackException(String message) {
        super(message);
    }
}
