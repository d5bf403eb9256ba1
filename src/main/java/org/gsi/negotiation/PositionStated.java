package org.gsi.negotiation;

import java.util.Optional;

/** A party stated (or restated) its position on a paragraph or on one option in it. */
public record PositionStated(TextId text, ParagraphNumber paragraph, Optional<OptionId> option, Position position)
        implements NegotiationEvent {}
