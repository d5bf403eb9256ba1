package org.gsi.negotiation;

import org.gsi.registry.PartyCode;

/** A proposer withdrew its support for an amendment; the option goes when no proposer is left. */
public record AmendmentWithdrawn(TextId text, ParagraphNumber paragraph, OptionId option, PartyCode party)
        implements NegotiationEvent {}
