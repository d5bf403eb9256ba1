package org.gsi.negotiation.internal.poll;

import org.gsi.negotiation.internal.NegotiationException;
import org.gsi.platform.Message;

/** A vote or a request on a poll that its rules do not allow; nothing was changed. */
public final class PollException extends NegotiationException {

    /** Why the poll refused. */
    public enum Reason {
        NOT_A_MEMBER,
        POLL_CLOSED,
        RESULTS_HIDDEN,
        INVALID_BALLOT,
        INVALID_POLL
    }

    private final Reason reason;

    PollException(Reason reason, Message message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
