package org.gsi.concerns;

/** A value given for a named field of a concern is not acceptable. */
public class InvalidConcernException extends RuntimeException {

    private final String field;

    public InvalidConcernException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
