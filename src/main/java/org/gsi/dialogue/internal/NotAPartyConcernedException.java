package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** Only the parties concerned (and an appointed mediator, where said) act in a track. */
public final class NotAPartyConcernedException extends DialogueException {

    NotAPartyConcernedException(Message message) {
        super(message);
    }
}
