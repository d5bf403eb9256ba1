package org.gsi.cooperation;

import java.time.Instant;

/** A party was taken off the project. */
public record ParticipantRemoved(ProjectId projectId, PartyCode party, Instant at) implements ProjectEvent {}
