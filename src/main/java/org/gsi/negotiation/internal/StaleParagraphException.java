package org.gsi.negotiation.internal;

import org.gsi.platform.Message;

/**
 * The paragraph changed since the caller read it: the edit is refused so that no change is lost,
 * and the newer revision is handed back.
 */
public final class StaleParagraphException extends NegotiationException {

    private final long currentRevision;
    private final String currentText;

    StaleParagraphException(String paragraph, long expected, long currentRevision, String currentText) {
        super(Message.of("negotiation.refused.staleParagraph", paragraph, expected, currentRevision));
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
