package org.gsi.platform;

/** Input that breaks a rule of the platform; answered with 400 and the field named. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
