package org.gsi.cooperation;

import java.time.Instant;

/** An active project was completed. */
public record ProjectCompleted(ProjectId projectId, Instant at) implements ProjectEvent {}
