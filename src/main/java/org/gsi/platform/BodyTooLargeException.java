package org.gsi.platform;

import java.io.IOException;

/** A request body passed its size limit while it was being read; answered with 413. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super(Message.of("problem.detail.tooLarge", limit).english());
        this.limit = limit;
    }

    /** The answer in words of the bundles, for the reader's language. */
    public Message words() {
        return Message.of("problem.detail.tooLarge", limit);
    }

    public long limit() {
        return limit;
    }

    /** This exception among {@code e} and its causes, or null. */
    static BodyTooLargeException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException b) {
                return b;
            }
        }
        return null;
    }
}
