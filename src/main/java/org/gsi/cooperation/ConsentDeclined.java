package org.gsi.cooperation;

import java.time.Instant;
import org.gsi.registry.PartyCode;

/** The party declined, with the reason; the project cannot activate with it. */
public record ConsentDeclined(ProjectId projectId, PartyCode party, String reason, Instant at)
        implements ProjectEvent {}
