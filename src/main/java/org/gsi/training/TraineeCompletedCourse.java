package org.gsi.training;

import java.time.LocalDate;
import java.util.Optional;
import org.gsi.commitments.PledgeId;
import org.gsi.registry.PartyCode;

/** A trainee completed a course: one completed place, counted toward the linked pledge if any. */
public record TraineeCompletedCourse(
        CourseId course,
        NominationId nomination,
        PartyCode provider,
        PartyCode nominatingParty,
        Optional<PledgeId> pledge,
        LocalDate completedOn) {

    /** The key under which this completion counts toward a pledge exactly once. */
    public String sourceKey() {
        return "training:nomination:" + nomination.value();
    }
}
