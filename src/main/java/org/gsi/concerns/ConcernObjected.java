package org.gsi.concerns;

import java.time.Instant;

/** The concerned party objected to the proposal, with its reason; the proposal cannot activate. */
public record ConcernObjected(ConcernId concernId, ProposalRef proposal, String ownerParty, String reason, Instant at)
        implements ConcernEvent {}
