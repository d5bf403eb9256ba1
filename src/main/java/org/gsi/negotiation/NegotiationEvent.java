package org.gsi.negotiation;

/** Something that happened to a negotiated text. */
public sealed interface NegotiationEvent
        permits AmendmentProposed, AmendmentWithdrawn, PositionStated, ParagraphAgreed, ParagraphReopened, TextAdopted {

    TextId text();
}
