package org.gsi.cooperation;

import java.time.Instant;
import java.util.List;

/** A draft was proposed to its participants; consent requests went out. */
public record ProjectProposed(ProjectId projectId, PartyCode initiator, List<PartyCode> participants, Instant at)
        implements ProjectEvent {}
