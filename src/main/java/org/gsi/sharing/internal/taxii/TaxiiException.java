package org.gsi.sharing.internal.taxii;

import org.gsi.platform.Message;
import org.springframework.http.HttpStatus;

/**
 * A TAXII request that cannot be served; answered with a TAXII error message of this status, its title the reader's
 * word for the {@code type} of problem and its description the {@link Message} in the reader's language.
 */
class TaxiiException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final transient Message description;

    TaxiiException(HttpStatus status, String type, Message description) {
        super(description.english());
        this.status = status;
        this.type = type;
        this.description = description;
    }

    static TaxiiException notFound() {
        return new TaxiiException(HttpStatus.NOT_FOUND, "not-found", Message.of("sharing.error.notFound"));
    }

    static TaxiiException badRequest(String parameter, Message problem) {
        return new TaxiiException(
                HttpStatus.BAD_REQUEST, "invalid-input", Message.of("sharing.taxii.parameter", parameter, problem));
    }

    static TaxiiException unauthorized() {
        return new TaxiiException(HttpStatus.UNAUTHORIZED, "unauthorized", Message.of("sharing.taxii.authenticate"));
    }

    HttpStatus status() {
        return status;
    }

    /** The kind of problem, {@code problem.title.<type>} in the bundles. */
    String type() {
        return type;
    }

    Message description() {
        return description;
    }
}
