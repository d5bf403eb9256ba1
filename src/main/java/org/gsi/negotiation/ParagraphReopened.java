package org.gsi.negotiation;

/** A paragraph agreed ad referendum no longer meets the rule (a new bracket or a changed position). */
public record ParagraphReopened(TextId text, ParagraphNumber paragraph) implements NegotiationEvent {}
