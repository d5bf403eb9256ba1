package org.gsi.negotiation.internal;

/**
 * The paragraph changed since the caller read it: the edit is refused so that no change is lost,
 * and the newer revision is handed back.
 */
public final class StaleParagraphException extends NegotiationException {

    private final long currentRevision;
    private final String currentText;

    StaleParagraphException(String paragraph, long expected, long currentRevision, String currentText) {
        super(paragraph + " changed meanwhile (you edited revision " + expected + ", it is now at revision "
                + currentRevision + "); review the newer version and propose again");
        this.currentRevision = currentRevision;
        this.currentText = currentText;
    }

    public long currentRevision() {
        return currentRevision;
    }

    /** The paragraph's compilation text at its current revision. */
    public String currentText() {
        return currentText;
    }
}
