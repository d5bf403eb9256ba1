package org.gsi.cooperation;

/** A value given for a named field is not acceptable; the field name lets a client point at the input. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
