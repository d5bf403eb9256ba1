package org.gsi.concerns;

import java.time.Instant;

/** The concerned party declared its concern addressed for the proposal, with a note. */
public record ConcernAddressed(ConcernId concernId, ProposalRef proposal, String ownerParty, String note, Instant at)
        implements ConcernEvent {}
