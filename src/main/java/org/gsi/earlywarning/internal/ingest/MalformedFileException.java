package org.gsi.earlywarning.internal.ingest;

/** The file cannot be read on past some point (e.g. an unterminated quoted field). */
public class MalformedFileException extends RuntimeException {

    public MalformedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
