package org.gsi.training.internal;

import java.util.Optional;
import org.gsi.commitments.PartyCode;

/**
 * Who reads a trainee's personal data: the nominating party, the course provider and the
 * secretariat. Everyone else sees the nomination's country and status only.
 */
final class TraineeDataPolicy {

    /** The reader: acting for a party, for the secretariat, or anonymous. */
    record Reader(Optional<PartyCode> party, boolean secretariat) {

        static Reader of(PartyCode party) {
            return new Reader(Optional.of(party), false);
        }

        static Reader secretariatOfficer() {
            return new Reader(Optional.empty(), true);
        }

        static Reader anonymous() {
            return new Reader(Optional.empty(), false);
        }
    }

    boolean maySee(Reader reader, Course course, Nomination nomination) {
        return reader.secretariat()
                || reader.party()
                        .filter(p -> p.equals(nomination.nominatingParty())
                                || p.equals(course.details().provider()))
                        .isPresent();
    }

    /** The trainee as the reader may see it: the data, or nothing. */
    Optional<Trainee> traineeFor(Reader reader, Course course, Nomination nomination) {
        return maySee(reader, course, nomination) ? Optional.of(nomination.trainee()) : Optional.empty();
    }
}
