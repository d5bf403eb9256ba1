package org.gsi.cooperation;

import java.time.Instant;
import org.gsi.registry.PartyCode;

/** The party's focal points were asked to consent by the deadline. */
public record ConsentRequested(ProjectId projectId, PartyCode party, Instant deadline, Instant at)
        implements ProjectEvent {}
