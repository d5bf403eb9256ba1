package org.gsi.training;

import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** The country does not meet the course's eligibility rule. */
public class IneligibleCountryException extends TrainingException {

    public IneligibleCountryException(PartyCode party, String rule) {
        super(Message.of("training.refused.ineligible", party.value()));
    }
}
