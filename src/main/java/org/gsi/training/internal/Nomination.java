package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.gsi.commitments.PartyCode;
import org.gsi.training.NominationId;
import org.gsi.training.NominationStateException;

/** One candidate nominated by a country for a course, and the steps it went through. */
final class Nomination {

    private final NominationId id;
    private final PartyCode nominatingParty;
    private Trainee trainee;
    private NominationStatus status = NominationStatus.NOMINATED;
    private int daysAttended;
    private Optional<LocalDate> completedOn = Optional.empty();

    Nomination(NominationId id, PartyCode nominatingParty, Trainee trainee) {
        this.id = id;
        this.nominatingParty = nominatingParty;
        this.trainee = trainee;
    }

    void move(NominationStatus from, NominationStatus to) {
        if (status != from) {
            throw new NominationStateException(
                    "The nomination is " + status + "; it must be " + from + " to become " + to);
        }
        status = to;
    }

    void attended(int days) {
        if (status != NominationStatus.ENROLLED) {
            throw new NominationStateException(
                    "Attendance is recorded for enrolled trainees only; this one is " + status);
        }
        if (days < 0) {
            throw new IllegalArgumentException("Days attended cannot be negative");
        }
        daysAttended = days;
    }

    void complete(LocalDate on) {
        if (daysAttended == 0) {
            throw new NominationStateException("A trainee with no recorded attendance cannot complete the course");
        }
        move(NominationStatus.ENROLLED, NominationStatus.COMPLETED);
        completedOn = Optional.of(on);
    }

    void anonymise() {
        trainee = Trainee.anonymised();
    }

    NominationId id() {
        return id;
    }

    PartyCode nominatingParty() {
        return nominatingParty;
    }

    Trainee trainee() {
        return trainee;
    }

    NominationStatus status() {
        return status;
    }

    int daysAttended() {
        return daysAttended;
    }

    Optional<LocalDate> completedOn() {
        return completedOn;
    }
}
