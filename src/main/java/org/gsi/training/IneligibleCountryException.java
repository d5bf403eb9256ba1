package org.gsi.training;

import org.gsi.registry.PartyCode;

/** The country does not meet the course's eligibility rule. */
public class IneligibleCountryException extends TrainingException {

    public IneligibleCountryException(PartyCode party, String rule) {
        super(
                party + " is not eligible for this course, which is open to " + rule,
                "training.refused.ineligible",
                party.value());
    }
}
