package org.gsi.platform;

/**
 * Input that breaks a rule of the platform; answered with 400 and the field named. The reason is a {@link Message},
 * a key of the bundles and its arguments, so that a page says it next to the field, and the API in its problem
 * detail, in the reader's language; {@link #getMessage()} is the field and the reason in English, for logs.
 */
public class InvalidInputException extends Refusal {

    private final String field;

    public InvalidInputException(String field, Message reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String getMessage() {
        return field + ": " + super.getMessage();
    }
}
