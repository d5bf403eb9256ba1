package org.gsi.meetings;

import java.util.List;

/** Members of delegations to coming meetings as other modules read them for the platform's own checks (screening). */
public interface Delegates {

    /**
     * Members of the active delegations (pending, waiting or approved) of meetings that are neither cancelled nor
     * over, with the party that convenes each meeting: the one that answers for checking them.
     */
    List<Delegate> current();

    /** A member of a delegation. */
    record Delegate(
            RegistrationId registration,
            MeetingId meeting,
            String meetingTitle,
            String organiser,
            String party,
            String name) {}
}
