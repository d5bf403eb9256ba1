package org.gsi.cooperation;

import java.time.Instant;

/** A suspended project resumed. */
public record ProjectResumed(ProjectId projectId, Instant at) implements ProjectEvent {}
