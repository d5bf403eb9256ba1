package org.gsi.negotiation;

/** The text's decision rule is met for a paragraph: it is agreed ad referendum. */
public record ParagraphAgreed(TextId text, ParagraphNumber paragraph, DecisionRule rule) implements NegotiationEvent {}
