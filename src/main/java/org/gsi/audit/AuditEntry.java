package org.gsi.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(
        long id,
        Instant at,
        String username,
        String partyCode,
        String action,
        String recordType,
        String recordId,
        String recordOwner,
        String summary,
        String outcome) {}
