package org.gsi.cooperation;

import java.time.Instant;
import org.gsi.registry.PartyCode;

/** The party consented and is bound by the project. */
public record ConsentGiven(ProjectId projectId, PartyCode party, Instant at) implements ProjectEvent {}
