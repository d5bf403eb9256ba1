package org.gsi.concerns;

import java.time.Instant;
import java.util.UUID;

/**
 * A concern raised on a proposal and how it was handled.
 *
 * @param concernText the concern's own words, empty when the reader may not read the concern
 * @param state open, addressed, objected or lapsed
 * @param explanation what matched, e.g. "matched on domain cybersecurity and country KAZ"
 */
public record ConsultationView(
        UUID id,
        UUID concernId,
        String ownerParty,
        String concernText,
        String explanation,
        String state,
        ProposalRef proposal,
        String proposalTitle,
        Instant openedAt,
        Instant closesAt,
        String answer,
        Instant answeredAt) {

    public boolean blocking() {
        return state.equals("open") || state.equals("objected");
    }
}
