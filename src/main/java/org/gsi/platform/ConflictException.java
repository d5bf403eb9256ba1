package org.gsi.platform;

/**
 * The request conflicts with the current state of the record (409). The reason is a {@link Message}, a key of the
 * bundles and its arguments, so that pages and the API say it in the reader's language; {@link #getMessage()} is the
 * same reason in English, for logs.
 */
public class ConflictException extends Refusal {

    public ConflictException(Message reason) {
        super(reason);
    }
}
