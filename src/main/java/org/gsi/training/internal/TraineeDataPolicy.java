package org.gsi.training.internal;

import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.registry.PartyCode;

/**
 * Who reads a trainee's personal data: the nominating party, the course's organiser and provider, and the
 * secretariat. Everyone else sees the nomination's country and status only, and nobody sees data that was
 * anonymised.
 */
final class TraineeDataPolicy {

    static final String SECRETARIAT = "gsi-secretariat";

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

        static Reader of(Optional<Actor> actor) {
            return actor.map(a ->
                            a.partyCode().equals(SECRETARIAT) ? secretariatOfficer() : of(PartyCode.of(a.partyCode())))
                    .orElseGet(Reader::anonymous);
        }
    }

    boolean maySee(Reader reader, Course course, Nomination nomination) {
        return reader.secretariat()
                || reader.party()
                        .filter(p -> p.equals(nomination.nominatingParty()) || course.isRunBy(p))
                        .isPresent();
    }

    /** The trainee as the reader may see it: the data, or nothing (also once anonymised). */
    Optional<Trainee> traineeFor(Reader reader, Course course, Nomination nomination) {
        return maySee(reader, course, nomination) && !nomination.trainee().isAnonymised()
                ? Optional.of(nomination.trainee())
                : Optional.empty();
    }
}
