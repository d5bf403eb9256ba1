package org.gsi.training.internal;

import org.gsi.commitments.Commitments;
import org.gsi.registry.PartyCode;
import org.gsi.training.TraineeCompletedCourse;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts a completed place toward the pledge its course is linked to, after the completion is stored. The event is
 * kept in the event publication registry until this is done, so a failure or a crash delays the count but never
 * loses it; the delivery is keyed by the nomination, so a completion heard twice still counts once.
 */
@Component
class PledgedPlaces {

    static final String OPERATOR = "training";

    private final CourseStore store;
    private final Commitments commitments;
    private final PledgeDeliveryTranslator translator = new PledgeDeliveryTranslator();

    PledgedPlaces(CourseStore store, Commitments commitments) {
        this.store = store;
        this.commitments = commitments;
    }

    @ApplicationModuleListener
    void on(TraineeCompletedCourse completed) {
        completed
                .pledge()
                .ifPresent(pledge -> store.find(completed.course().value())
                        .flatMap(course -> translator.delivery(completed, PartyCode.of(course.organiser())))
                        .ifPresent(delivery -> commitments.recordObserved(pledge, delivery, OPERATOR)));
    }
}
