package org.gsi.sharing.internal;

import org.gsi.platform.ForbiddenException;
import org.gsi.platform.Message;

/** A sharing rule refused what was asked (403); the reason is kept as a message key, said in the reader's language. */
public class SharingRefusedException extends ForbiddenException {

    private final transient Reason reason;

    public SharingRefusedException(Reason reason, String action, String recordId, String recordOwner) {
        super(Message.of(reason.key(), reason.args().toArray()), action, "stix-object", recordId, recordOwner);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
