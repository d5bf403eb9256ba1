package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.gsi.commitments.DeliveryLink;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeUnit;
import org.gsi.registry.PartyCode;
import org.gsi.training.CourseId;
import org.gsi.training.NominationId;
import org.gsi.training.TraineeCompletedCourse;
import org.junit.jupiter.api.Test;

class PledgeDeliveryTranslatorTests {

    private final PledgeDeliveryTranslator translator = new PledgeDeliveryTranslator();
    private final CourseId course = CourseId.random();
    private final NominationId nomination = NominationId.random();

    private TraineeCompletedCourse completion(Optional<PledgeId> pledge) {
        return new TraineeCompletedCourse(
                course, nomination, Courses.ACADEMY, Courses.ETHIOPIA, pledge, LocalDate.of(2025, 4, 18));
    }

    @Test
    void aLinkedCompletionIsOnePlaceInThePledgersNameKeyedByTheNomination() {
        var delivery = translator
                .delivery(completion(Optional.of(PledgeId.random())), PartyCode.of("CHN"))
                .orElseThrow();

        assertThat(delivery.reporter()).isEqualTo(PartyCode.of("CHN"));
        assertThat(delivery.quantity().unit()).isEqualTo(PledgeUnit.trainingPlaces());
        assertThat(delivery.quantity().amount()).isEqualByComparingTo("1");
        assertThat(delivery.beneficiary()).contains(Courses.ETHIOPIA);
        assertThat(delivery.link()).contains(new DeliveryLink.Course(course.value()));
        assertThat(delivery.sourceKey()).contains("training:nomination:" + nomination.value());
    }

    @Test
    void theSameCompletionAlwaysGivesTheSameSourceKey() {
        TraineeCompletedCourse completed = completion(Optional.of(PledgeId.random()));

        assertThat(translator
                        .delivery(completed, PartyCode.of("CHN"))
                        .orElseThrow()
                        .sourceKey())
                .isEqualTo(translator
                        .delivery(completed, PartyCode.of("CHN"))
                        .orElseThrow()
                        .sourceKey());
    }

    @Test
    void aCourseWithoutPledgeDeliversNothing() {
        assertThat(translator.delivery(completion(Optional.empty()), PartyCode.of("CHN")))
                .isEmpty();
    }
}
