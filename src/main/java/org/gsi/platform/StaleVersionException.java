package org.gsi.platform;

/** The client's {@code If-Match} names a version that is no longer current (412). */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final transient Message words;

    public StaleVersionException(String recordType, String id, long currentVersion) {
        this(
                Message.of("problem.detail.stale", String.valueOf(recordType), String.valueOf(id), currentVersion),
                currentVersion);
    }

    private StaleVersionException(Message words, long currentVersion) {
        super(words.english());
        this.words = words;
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** The answer in words of the bundles, for the reader's language. */
    public Message words() {
        return words;
    }
}
