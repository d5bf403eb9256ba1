package org.gsi.training;

import java.util.List;

/** Trainees of current courses as other modules read them for the platform's own checks (screening). */
public interface Trainees {

    /**
     * Trainees nominated to courses that have not ended (nominations neither withdrawn, not selected nor
     * anonymised), with the party that runs each course: the one that answers for checking them.
     */
    List<Trainee> current();

    /** A trainee of a course. */
    record Trainee(
            NominationId nomination,
            CourseId course,
            String courseTopic,
            String organiser,
            String nominatingParty,
            String name) {}
}
