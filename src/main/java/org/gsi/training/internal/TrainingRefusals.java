package org.gsi.training.internal;

import java.util.function.Supplier;
import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.NotFoundException;
import org.gsi.training.IneligibleCountryException;
import org.gsi.training.NominationNotFoundException;
import org.gsi.training.NotTheNominatingPartyException;
import org.gsi.training.NotTheProviderException;
import org.gsi.training.TrainingException;

/**
 * Answers a course's refusals: a party that may not take the step is 403 (audited with what it tried), a missing
 * nomination 404, every other refusal (deadline, allocation, state) 409 with the course's own reason.
 */
final class TrainingRefusals {

    private TrainingRefusals() {}

    /** Runs a command on the course and translates its refusal. */
    static <T> T decide(Course course, String action, String recordType, String recordId, Supplier<T> command) {
        try {
            return command.get();
        } catch (IneligibleCountryException | NotTheProviderException | NotTheNominatingPartyException e) {
            throw new ForbiddenException(
                    e.getMessage(),
                    action,
                    recordType,
                    recordId,
                    course.details().organiser().value());
        } catch (NominationNotFoundException e) {
            throw new NotFoundException(recordType, recordId);
        } catch (TrainingException e) {
            ConflictException conflict = new ConflictException(e.words());
            conflict.initCause(e);
            throw conflict;
        }
    }

    static void run(Course course, String action, String recordType, String recordId, Runnable command) {
        decide(course, action, recordType, recordId, () -> {
            command.run();
            return null;
        });
    }
}
