package org.gsi.platform;

/** The client's {@code If-Match} names a version that is no longer current (412). */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String recordType, String id, long currentVersion) {
        super("The " + recordType + " '" + id + "' was changed by someone else (now version " + currentVersion
                + "); read it again and re-apply your change.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
