package org.gsi.meetings.internal;

import org.gsi.platform.ConflictException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A 409 of the meetings module that also names its message ({@code meetings.conflict.<code>}), so that a page can
 * say in the reader's language what happened and what to do; the API answers with the English reason.
 */
final class MeetingConflict extends ConflictException {

    private final transient MessageSourceResolvable message;

    MeetingConflict(String reason, String code, Object... args) {
        super(reason);
        this.message = new DefaultMessageSourceResolvable(new String[] {"meetings.conflict." + code}, args, reason);
    }

    MessageSourceResolvable message() {
        return message;
    }

    /** A delegation's status as an argument the message source translates. */
    static MessageSourceResolvable status(String status) {
        return new DefaultMessageSourceResolvable("meetings.status." + status.toLowerCase(java.util.Locale.ROOT));
    }
}
