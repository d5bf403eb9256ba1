package org.gsi.cooperation;

import org.gsi.platform.Message;

/**
 * Lifecycle of a project and its IATI ActivityStatus code. Draft and proposed both publish as 1
 * (pipeline/identification); a completed project publishes as 4 (closed).
 */
public enum ProjectStatus {
    DRAFT(1),
    PROPOSED(1),
    ACTIVE(2),
    COMPLETED(4),
    CANCELLED(5),
    SUSPENDED(6);

    private final int iatiCode;

    ProjectStatus(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    /**
     * The status an imported activity takes: pipeline becomes proposed, implementation active, finalisation and
     * closed completed.
     */
    public static ProjectStatus fromIatiCode(int code) {
        return switch (code) {
            case 1 -> PROPOSED;
            case 2 -> ACTIVE;
            case 3, 4 -> COMPLETED;
            case 5 -> CANCELLED;
            case 6 -> SUSPENDED;
            default ->
                throw new InvalidFieldException("activity-status", Message.of("cooperation.refused.iatiStatus", code));
        };
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
