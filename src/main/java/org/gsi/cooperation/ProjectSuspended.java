package org.gsi.cooperation;

import java.time.Instant;

/** An active project was put on hold, with the reason. */
public record ProjectSuspended(ProjectId projectId, String reason, Instant at) implements ProjectEvent {}
