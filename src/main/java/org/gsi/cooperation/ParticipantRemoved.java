package org.gsi.cooperation;

import java.time.Instant;
import org.gsi.registry.PartyCode;

/** A party was taken off the project. */
public record ParticipantRemoved(ProjectId projectId, PartyCode party, Instant at) implements ProjectEvent {}
