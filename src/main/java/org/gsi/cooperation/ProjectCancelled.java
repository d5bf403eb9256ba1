package org.gsi.cooperation;

import java.time.Instant;

/** A project was cancelled, with the reason. */
public record ProjectCancelled(ProjectId projectId, ProjectStatus from, String reason, Instant at)
        implements ProjectEvent {}
