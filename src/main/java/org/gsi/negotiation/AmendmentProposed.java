package org.gsi.negotiation;

/** A party proposed an amendment (or joined an identical proposal as co-proposer). */
public record AmendmentProposed(
        TextId text, ParagraphNumber paragraph, OptionId option, AmendmentKind kind, PartyCode proposer)
        implements NegotiationEvent {}
