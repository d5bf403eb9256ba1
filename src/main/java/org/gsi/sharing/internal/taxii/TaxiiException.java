package org.gsi.sharing.internal.taxii;

import org.springframework.http.HttpStatus;

/** A TAXII request that cannot be served; answered with a TAXII error message of this status. */
class TaxiiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    TaxiiException(HttpStatus status, String title, String description) {
        super(description);
        this.status = status;
        this.title = title;
    }

    static TaxiiException notFound(String what) {
        return new TaxiiException(HttpStatus.NOT_FOUND, "Not found", what + " is not found, or you may not read it.");
    }

    static TaxiiException badRequest(String parameter, String problem) {
        return new TaxiiException(HttpStatus.BAD_REQUEST, "Bad request", parameter + ": " + problem);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
