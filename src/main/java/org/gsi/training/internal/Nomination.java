package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;
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
    private Optional<CertificateCode> certificate = Optional.empty();

    Nomination(NominationId id, PartyCode nominatingParty, Trainee trainee) {
        this.id = Objects.requireNonNull(id, "id");
        this.nominatingParty = Objects.requireNonNull(nominatingParty, "nominatingParty");
        this.trainee = Objects.requireNonNull(trainee, "trainee");
    }

    /** Rebuilds a stored nomination as it was saved; for loading only. */
    static Nomination restore(
            NominationId id,
            PartyCode party,
            Trainee trainee,
            NominationStatus status,
            int daysAttended,
            Optional<LocalDate> completedOn,
            Optional<CertificateCode> certificate) {
        Nomination n = new Nomination(id, party, trainee);
        n.status = Objects.requireNonNull(status, "status");
        n.daysAttended = daysAttended;
        n.completedOn = completedOn;
        n.certificate = certificate;
        return n;
    }

    void move(NominationStatus from, NominationStatus to) {
        if (status != from) {
            throw new NominationStateException(
                    Message.of("training.refused.move", status(status), status(from), status(to)));
        }
        status = to;
    }

    void withdraw() {
        if (!mayBeWithdrawn()) {
            throw new NominationStateException(Message.of("training.refused.withdraw", status(status)));
        }
        status = NominationStatus.WITHDRAWN;
    }

    /** Whether the nominating party may still withdraw it: while it holds a seat and is not completed. */
    boolean mayBeWithdrawn() {
        return status != NominationStatus.COMPLETED && status.holdsASeat();
    }

    void attended(int days) {
        if (status != NominationStatus.ENROLLED) {
            throw new NominationStateException(Message.of("training.refused.attendance", status(status)));
        }
        if (days < 0) {
            throw new IllegalArgumentException("Days attended cannot be negative");
        }
        daysAttended = days;
    }

    void complete(LocalDate on, CertificateCode code) {
        if (status != NominationStatus.ENROLLED) {
            throw new NominationStateException(Message.of("training.refused.complete", status(status)));
        }
        if (daysAttended == 0) {
            throw new NominationStateException(Message.of("training.refused.noAttendance"));
        }
        status = NominationStatus.COMPLETED;
        completedOn = Optional.of(on);
        certificate = Optional.of(Objects.requireNonNull(code, "code"));
    }

    void anonymise() {
        trainee = trainee.anonymised();
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

    Optional<CertificateCode> certificate() {
        return certificate;
    }

    /** The status as a word of the bundles. */
    private static Message status(NominationStatus status) {
        return Message.of("training.status." + status.name().toLowerCase(Locale.ROOT));
    }
}
