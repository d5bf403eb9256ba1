package org.gsi.training;

import java.time.LocalDate;

/** A nomination arrived after the course's nomination deadline. */
public class NominationDeadlinePassedException extends TrainingException {

    public NominationDeadlinePassedException(LocalDate deadline, LocalDate today) {
        super(
                "Nominations closed on " + deadline + "; it is now " + today,
                "training.refused.deadline",
                deadline.toString());
    }
}
