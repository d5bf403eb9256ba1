package org.gsi.negotiation.internal;

import java.util.Objects;
import java.util.Optional;
import org.gsi.negotiation.OptionId;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Stance;
import org.gsi.registry.PartyCode;

/** A party's position on a paragraph, or on one option in it when {@code option} is present. */
record StatePosition(
        Delegate actor,
        PartyCode party,
        ParagraphNumber paragraph,
        Optional<OptionId> option,
        Stance stance,
        String reason) {

    StatePosition {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(stance, "stance");
        reason = reason == null ? "" : reason;
    }

    static StatePosition onParagraph(Delegate actor, ParagraphNumber paragraph, Stance stance, String reason) {
        return new StatePosition(actor, actor.party(), paragraph, Optional.empty(), stance, reason);
    }

    static StatePosition onOption(
            Delegate actor, ParagraphNumber paragraph, OptionId option, Stance stance, String reason) {
        return new StatePosition(actor, actor.party(), paragraph, Optional.of(option), stance, reason);
    }
}
