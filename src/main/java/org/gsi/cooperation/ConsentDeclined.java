package org.gsi.cooperation;

import java.time.Instant;

/** The party declined, with the reason; the project cannot activate with it. */
public record ConsentDeclined(ProjectId projectId, PartyCode party, String reason, Instant at)
        implements ProjectEvent {}
