package org.gsi.cooperation;

import java.time.Instant;

/** Every participant consented and no concern blocked: the project is under way. */
public record ProjectActivated(ProjectId projectId, Instant at) implements ProjectEvent {}
