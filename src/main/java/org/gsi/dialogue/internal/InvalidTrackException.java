package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** A track, session or measure described incompletely or inconsistently. */
public final class InvalidTrackException extends DialogueException {

    InvalidTrackException(Message message) {
        super(message);
    }
}
