package org.gsi.training;

import java.time.LocalDate;
import org.gsi.platform.Message;

/** A nomination arrived after the course's nomination deadline. */
public class NominationDeadlinePassedException extends TrainingException {

    public NominationDeadlinePassedException(LocalDate deadline, LocalDate today) {
        super(Message.of("training.refused.deadline", deadline));
    }
}
