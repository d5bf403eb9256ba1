package org.gsi.cooperation;

import java.time.Instant;
import java.util.List;
import org.gsi.registry.PartyCode;

/** A draft was proposed to its participants; consent requests went out. */
public record ProjectProposed(ProjectId projectId, PartyCode initiator, List<PartyCode> participants, Instant at)
        implements ProjectEvent {}
