package org.gsi.cooperation;

import java.time.Instant;

/** The party's focal points were asked to consent by the deadline. */
public record ConsentRequested(ProjectId projectId, PartyCode party, Instant deadline, Instant at)
        implements ProjectEvent {}
