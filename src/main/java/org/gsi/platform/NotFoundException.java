package org.gsi.platform;

/**
 * A record that does not exist, or that the caller may not see: both answer 404 with the same words, so
 * that an error never tells a restricted record exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String recordType, String id) {
        super("No " + recordType + " '" + id + "' exists or it is not visible to you.");
    }
}
