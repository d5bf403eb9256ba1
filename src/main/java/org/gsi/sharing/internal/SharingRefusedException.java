package org.gsi.sharing.internal;

import org.gsi.platform.ForbiddenException;

/** A sharing rule refused what was asked (403); the reason is kept as a message key for pages. */
public class SharingRefusedException extends ForbiddenException {

    private final transient Reason reason;

    public SharingRefusedException(Reason reason, String action, String recordId, String recordOwner) {
        super(reason.english(), action, "stix-object", recordId, recordOwner);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
