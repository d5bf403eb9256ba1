package org.gsi.commitments;

import java.util.Optional;

/** What other modules may ask of the commitments ledger. */
public interface Commitments {

    /** The pledge as a reader acting for {@code readerParty} ("" when anonymous) sees it today. */
    Optional<PledgeSummary> find(PledgeId pledge, String readerParty);

    /**
     * Records a delivery that another part of the platform observed (a course completion) in the
     * pledging party's name. A delivery whose source key was already counted is ignored, so the same
     * completion counts exactly once.
     */
    Optional<DeliveryId> recordObserved(PledgeId pledge, ReportDelivery delivery, String operator);
}
