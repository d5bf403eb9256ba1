package org.gsi.training.internal;

import java.util.Optional;
import org.gsi.commitments.DeliveryLink;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.Quantity;
import org.gsi.commitments.ReportDelivery;
import org.gsi.registry.PartyCode;
import org.gsi.training.TraineeCompletedCourse;

/**
 * Turns a completion into one training place delivered toward the course's pledge, reported in
 * the pledging party's name (which linked the course to its pledge) and keyed by the nomination
 * so that a completion delivered twice still counts once.
 */
final class PledgeDeliveryTranslator {

    Optional<ReportDelivery> delivery(TraineeCompletedCourse completed, PartyCode pledger) {
        if (completed.pledge().isEmpty()) {
            return Optional.empty();
        }
        ReportDelivery place = ReportDelivery.of(
                        pledger, Quantity.of(1, PledgeUnit.trainingPlaces()), completed.completedOn())
                .to(completed.nominatingParty())
                .withSource(
                        completed.sourceKey(),
                        new DeliveryLink.Course(completed.course().value()));
        return Optional.of(new ReportDelivery(
                place.reporter(),
                place.quantity(),
                place.date(),
                place.beneficiary(),
                "Course completed at " + completed.provider(),
                place.link(),
                place.sourceKey()));
    }
}
