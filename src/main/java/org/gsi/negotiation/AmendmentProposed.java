package org.gsi.negotiation;

import org.gsi.registry.PartyCode;

/** A party proposed an amendment (or joined an identical proposal as co-proposer). */
public record AmendmentProposed(
        TextId text, ParagraphNumber paragraph, OptionId option, AmendmentKind kind, PartyCode proposer)
        implements NegotiationEvent {}
