package org.gsi.platform;

import java.util.Optional;

/**
 * The caller is not allowed to do this (403), with the reason. Every such refusal is recorded in the audit
 * trail with what was attempted (in English); the caller reads the reason in their language when it is given as a
 * {@link Message}.
 */
public class ForbiddenException extends RuntimeException {

    private final String action;
    private final String recordType;
    private final String recordId;
    private final String recordOwner;
    private final transient Message words;

    public ForbiddenException(String reason) {
        this(reason, "unknown", "unknown", null, null);
    }

    public ForbiddenException(String reason, String action, String recordType, String recordId, String recordOwner) {
        this(Message.untranslated(reason), action, recordType, recordId, recordOwner);
    }

    public ForbiddenException(Message reason, String action, String recordType, String recordId, String recordOwner) {
        super(reason.english());
        this.words = reason;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordOwner = recordOwner;
    }

    /** The reason, put into the reader's words with {@link ReaderFormats#text(Message)}. */
    public Message words() {
        return words;
    }

    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public Optional<String> recordId() {
        return Optional.ofNullable(recordId);
    }

    public Optional<String> recordOwner() {
        return Optional.ofNullable(recordOwner);
    }
}
