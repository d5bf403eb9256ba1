package org.gsi.training.internal;

import org.gsi.platform.Actor;
import org.gsi.platform.Permission;

/**
 * Who reads a trainee's personal data (the nominating party, the course's organiser and provider, the secretariat)
 * and who runs a course (its organiser or provider).
 */
final class TraineeAccess {

    static final String SECRETARIAT = "gsi-secretariat";

    private TraineeAccess() {}

    static boolean maySeePersonalData(Actor reader, CourseRow course, NominationRow n) {
        if (reader == null) {
            return false;
        }
        String party = reader.partyCode();
        return party.equals(SECRETARIAT) || party.equals(n.party()) || course.runBy(party);
    }

    /** Requires an officer or focal point of the course's organiser or provider, else 403 (audited). */
    static void requireRunner(Actor actor, CourseRow course, String action) {
        String party = course.runBy(actor.partyCode()) ? actor.partyCode() : course.organiser();
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                party,
                action,
                "course",
                course.id().toString());
    }
}
