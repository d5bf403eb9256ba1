package org.gsi.cooperation;

import java.time.Instant;
import java.util.Set;
import org.gsi.registry.PartyCode;

/** A party was added to the project in the given roles. */
public record ParticipantJoined(ProjectId projectId, PartyCode party, Set<ParticipantRole> roles, Instant at)
        implements ProjectEvent {}
