package org.gsi.training;

import org.gsi.registry.PartyCode;

/** A country nominated more candidates than the seats allocated to it. */
public class NominationOverAllocationException extends TrainingException {

    public NominationOverAllocationException(PartyCode party, int allocated) {
        super(
                party + " has " + allocated + " seat(s) allocated in this course and has nominated for all of them",
                allocated == 0 ? "training.refused.notAllocated" : "training.refused.allocationUsed",
                party.value(),
                allocated);
    }
}
