package org.gsi.audit;

import org.gsi.platform.Actor;

/**
 * Records state-changing commands. Call it inside the command's transaction, so the entry and the change are
 * written together or not at all.
 */
public interface AuditLog {

    /** A command done by {@code actor} on a record of their own party (or of no party). */
    void record(Actor actor, String action, String recordType, String recordId, String summary);

    /** A command done by {@code actor} on a record owned by {@code recordOwner}. */
    void record(Actor actor, String action, String recordType, String recordId, String recordOwner, String summary);

    /**
     * A refused attempt by someone who is not (yet) an actor, such as a failed login, kept even when the caller's
     * transaction rolls back; {@code recordOwner} is the party concerned when known, so its administrators see it.
     */
    void recordRefused(
            String who, String recordOwner, String action, String recordType, String recordId, String summary);

    /** A command done by the platform itself or by an operator on the command line. */
    void recordSystem(String operator, String action, String recordType, String recordId, String summary);
}
