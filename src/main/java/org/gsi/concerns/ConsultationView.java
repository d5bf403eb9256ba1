package org.gsi.concerns;

import java.time.Instant;
import java.util.UUID;

/**
 * A concern raised on a proposal and how it was handled.
 *
 * <p>A reader who may not read the concern (one kept for the secretariat) learns only that a registered concern was
 * raised and how far its consultation went: its party, words, what matched and the answer are left empty.
 *
 * @param ownerParty the concerned party, empty when the reader may not read the concern
 * @param concernText the concern's own words, empty when the reader may not read the concern
 * @param state open, addressed, objected or lapsed
 * @param explanation what matched, e.g. "matched on domain cybersecurity and country KAZ"; empty when the reader
 *     may not read the concern
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
