package org.gsi.negotiation;

import java.time.Instant;

/** The whole text was adopted under its decision rule. */
public record TextAdopted(TextId text, String decision, DecisionRule rule, Instant adoptedAt, int reservations)
        implements NegotiationEvent {}
