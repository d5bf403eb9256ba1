package org.gsi.cooperation.internal;

import java.time.Instant;
import org.gsi.cooperation.ProjectStatus;

/**
 * Which status an imported activity may take from its file. An activity that other parties take part in enters as
 * proposed, whatever its file says, and moves on only through their consent; the file's status is kept beside it as
 * a note. A project of its party alone follows the file's status, but only through its own transitions: from a
 * draft it starts (activity status 2), then completes (3 finalisation, 4 closed) or is suspended (6); any open
 * project can be cancelled (5). A status the transitions cannot reach (back to pipeline, or out of a closed
 * project) is not taken, and the import warns.
 */
final class ImportedStatusPolicy {

    static final String REASON = "as its publisher reports in the IATI file (activity status %d)";

    private ImportedStatusPolicy() {}

    /** The status an IATI activity status stands for. */
    static ProjectStatus target(int iatiStatus) {
        return iatiStatus == 1 ? ProjectStatus.DRAFT : ProjectStatus.fromIatiCode(iatiStatus);
    }

    /**
     * Moves a project without participants towards the file's status; true when it got there. A project with
     * participants is never moved.
     */
    static boolean follow(Project project, int iatiStatus, Instant at, ConcernClearance clearance) {
        ProjectStatus target = target(iatiStatus);
        if (!project.participants().isEmpty()) {
            return project.status() == target;
        }
        String reason = REASON.formatted(iatiStatus);
        for (int step = 0; step < 3 && project.status() != target; step++) {
            ProjectStatus from = project.status();
            switch (from) {
                case DRAFT -> {
                    if (target == ProjectStatus.CANCELLED) {
                        project.cancel(reason, at);
                    } else {
                        project.startAlone(at, clearance);
                    }
                }
                case ACTIVE -> {
                    switch (target) {
                        case COMPLETED -> project.complete(at);
                        case SUSPENDED -> project.suspend(reason, at);
                        case CANCELLED -> project.cancel(reason, at);
                        default -> {
                            return false;
                        }
                    }
                }
                case SUSPENDED -> {
                    if (target == ProjectStatus.CANCELLED) {
                        project.cancel(reason, at);
                    } else if (target == ProjectStatus.DRAFT) {
                        return false;
                    } else {
                        project.resume(at);
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return project.status() == target;
    }
}
