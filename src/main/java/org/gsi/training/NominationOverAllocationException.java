package org.gsi.training;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** A country nominated more candidates than the seats allocated to it. */
public class NominationOverAllocationException extends TrainingException {

    public NominationOverAllocationException(PartyCode party, int allocated) {
        super(
                allocated == 0
                        ? Message.of("training.refused.notAllocated", party.value())
                        : Message.of("training.refused.allocationUsed", party.value(), allocated));
    }
}
