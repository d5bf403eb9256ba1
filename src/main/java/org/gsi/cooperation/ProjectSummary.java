package org.gsi.cooperation;

import java.util.List;

/** A project as other modules see it. */
public record ProjectSummary(
        ProjectId id,
        String title,
        ProjectStatus status,
        String initiator,
        List<String> participants,
        List<String> priorityAreas) {}
