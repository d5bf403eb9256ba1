package org.gsi.platform;

/** Published when a request was refused with 403, so the attempt is audited. */
public record AccessDenied(
        Actor actor, String action, String recordType, String recordId, String recordOwner, String reason) {}
