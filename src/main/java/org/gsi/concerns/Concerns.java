package org.gsi.concerns;

import java.util.List;

/** The concerns register as other modules use it when one of their proposals is made or activated. */
public interface Concerns {

    /**
     * Matches a proposal against the registered concerns of other parties, opens a consultation window on each
     * concern it touches and notifies the concerned party. A proposal that is not public is matched only against
     * the concerns of parties that may read it (its participants), so that nobody else learns of it.
     *
     * @param title a title of the proposal to show the concerned party
     * @param link where the concerned party can read the proposal
     */
    List<ConsultationView> raiseOn(ProposalScope scope, String title, String link, boolean publicProposal);

    /** Whether the concerns raised on a proposal let it activate now, with the reasons when they do not. */
    ActivationDecision activationDecision(ProposalRef proposal);

    /**
     * The concerns raised on a proposal and how each was handled; the text of a concern the current reader may
     * not read is left empty. The caller has checked that the reader may see the proposal.
     */
    List<ConsultationView> consultationsOn(ProposalRef proposal);
}
