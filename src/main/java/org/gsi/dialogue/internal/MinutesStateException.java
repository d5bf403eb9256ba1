package org.gsi.dialogue.internal;

import org.gsi.platform.Message;

/** Minutes are drafted, then approved; approved minutes are final. */
public final class MinutesStateException extends DialogueException {

    MinutesStateException(Message message) {
        super(message);
    }
}
