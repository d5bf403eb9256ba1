package org.gsi.cooperation;

import java.time.Instant;
import org.gsi.registry.PartyCode;

/** The party withdrew its consent, with the reason; it is no longer bound. */
public record ConsentWithdrawn(ProjectId projectId, PartyCode party, String reason, Instant at)
        implements ProjectEvent {}
