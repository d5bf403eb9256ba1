package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.training.internal.Courses.ACADEMY;
import static org.gsi.training.internal.Courses.ATTRIBUTES;
import static org.gsi.training.internal.Courses.DEADLINE;
import static org.gsi.training.internal.Courses.ETHIOPIA;
import static org.gsi.training.internal.Courses.FRANCE;
import static org.gsi.training.internal.Courses.KAZAKHSTAN;
import static org.gsi.training.internal.Courses.trainee;

import java.time.LocalDate;
import org.gsi.training.IneligibleCountryException;
import org.gsi.training.NominationDeadlinePassedException;
import org.gsi.training.NominationId;
import org.gsi.training.NominationOverAllocationException;
import org.gsi.training.NominationStateException;
import org.gsi.training.NotTheNominatingPartyException;
import org.gsi.training.NotTheProviderException;
import org.gsi.training.SeatAllocation;
import org.gsi.training.TraineeCompletedCourse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseTests {

    private final LocalDate today = DEADLINE.minusDays(10);
    private Course course;

    @BeforeEach
    void allocateTwoSeatsEach() {
        course = Courses.allocatedCourse(4);
    }

    private NominationId completedNomination() {
        NominationId id = course.nominate(ETHIOPIA, trainee("Abebe Bikila"), today, ATTRIBUTES);
        course.select(ACADEMY, id);
        course.confirmEnrolment(ETHIOPIA, id);
        course.recordAttendance(ACADEMY, id, 10);
        course.complete(ACADEMY, id, Courses.END, Courses.code());
        return id;
    }

    @Test
    void ineligibleCountriesCannotAskForSeatsAndAreLeftOutOfTheAllocation() {
        Course fresh = Courses.counterTerrorismCourse(4);
        fresh.requestSeats(ETHIOPIA, 2, today, ATTRIBUTES);

        assertThatThrownBy(() -> fresh.requestSeats(FRANCE, 2, today, ATTRIBUTES))
                .isInstanceOf(IneligibleCountryException.class);
        SeatAllocation allocation = fresh.allocate(ACADEMY, ATTRIBUTES);
        assertThat(allocation.seatsFor(FRANCE)).isZero();
        assertThat(allocation.shares()).extracting(s -> s.party().value()).containsExactly("ETH");
    }

    @Test
    void seatRequestsCloseWithNominations() {
        Course fresh = Courses.counterTerrorismCourse(4);

        assertThatThrownBy(() -> fresh.requestSeats(ETHIOPIA, 2, DEADLINE.plusDays(1), ATTRIBUTES))
                .isInstanceOf(NominationDeadlinePassedException.class);
    }

    @Test
    void theOrganiserOrTheProviderAllocatesAndNoOneElse() {
        Course fresh = Courses.counterTerrorismCourse(4);
        fresh.requestSeats(ETHIOPIA, 1, today, ATTRIBUTES);

        assertThatThrownBy(() -> fresh.allocate(ETHIOPIA, ATTRIBUTES)).isInstanceOf(NotTheProviderException.class);
        assertThat(fresh.allocate(Courses.ORGANISER, ATTRIBUTES).seatsFor(ETHIOPIA))
                .isEqualTo(1);
        assertThat(fresh.reallocated()).isTrue();
    }

    @Test
    void aCountryNominatesUpToItsAllocation() {
        course.nominate(KAZAKHSTAN, trainee("Aigerim Sultanova"), today, ATTRIBUTES);
        course.nominate(KAZAKHSTAN, trainee("Nurlan Abenov"), today, ATTRIBUTES);

        assertThatThrownBy(() -> course.nominate(KAZAKHSTAN, trainee("Dana Omarova"), today, ATTRIBUTES))
                .isInstanceOf(NominationOverAllocationException.class)
                .hasMessageContaining("Seats allocated to KAZ: 2");
    }

    @Test
    void aWithdrawnOrDeclinedNominationFreesTheSeat() {
        NominationId first = course.nominate(KAZAKHSTAN, trainee("Aigerim Sultanova"), today, ATTRIBUTES);
        NominationId second = course.nominate(KAZAKHSTAN, trainee("Nurlan Abenov"), today, ATTRIBUTES);
        course.withdraw(KAZAKHSTAN, first);
        course.decline(ACADEMY, second);

        course.nominate(KAZAKHSTAN, trainee("Dana Omarova"), today, ATTRIBUTES);
        course.nominate(KAZAKHSTAN, trainee("Erlan Karin"), today, ATTRIBUTES);

        assertThat(course.nominations()).hasSize(4);
    }

    @Test
    void nominationsCloseAfterTheDeadlineDay() {
        course.nominate(ETHIOPIA, trainee("Abebe Bikila"), DEADLINE, ATTRIBUTES);

        assertThatThrownBy(
                        () -> course.nominate(ETHIOPIA, trainee("Tirunesh Dibaba"), DEADLINE.plusDays(1), ATTRIBUTES))
                .isInstanceOf(NominationDeadlinePassedException.class)
                .hasMessageContaining("closed on Mar 1, 2025");
    }

    @Test
    void anIneligibleCountryCannotNominate() {
        assertThatThrownBy(() -> course.nominate(FRANCE, trainee("Jean Martin"), today, ATTRIBUTES))
                .isInstanceOf(IneligibleCountryException.class)
                .hasMessageContaining("FRA is not eligible");
    }

    @Test
    void aCountryWithoutAllocationCannotNominate() {
        Course fresh = Courses.counterTerrorismCourse(4);

        assertThatThrownBy(() -> fresh.nominate(ETHIOPIA, trainee("Abebe Bikila"), today, ATTRIBUTES))
                .isInstanceOf(NominationOverAllocationException.class)
                .hasMessageContaining("No seats have been allocated to ETH");
    }

    @Test
    void onlyTheProviderSelectsAndOnlyTheNominatingPartyConfirms() {
        NominationId id = course.nominate(ETHIOPIA, trainee("Abebe Bikila"), today, ATTRIBUTES);

        assertThatThrownBy(() -> course.select(ETHIOPIA, id)).isInstanceOf(NotTheProviderException.class);
        course.select(ACADEMY, id);
        assertThatThrownBy(() -> course.confirmEnrolment(KAZAKHSTAN, id))
                .isInstanceOf(NotTheNominatingPartyException.class);
    }

    @Test
    void onlyANominationThatHoldsASeatIsWithdrawn() {
        NominationId id = course.nominate(ETHIOPIA, trainee("Abebe Bikila"), today, ATTRIBUTES);
        course.decline(ACADEMY, id);

        assertThatThrownBy(() -> course.withdraw(ETHIOPIA, id))
                .isInstanceOf(NominationStateException.class)
                .hasMessageContaining("not selected");
    }

    @Test
    void completionNeedsEnrolmentAndAttendance() {
        NominationId id = course.nominate(ETHIOPIA, trainee("Abebe Bikila"), today, ATTRIBUTES);
        course.select(ACADEMY, id);

        assertThatThrownBy(() -> course.complete(ACADEMY, id, Courses.END, Courses.code()))
                .isInstanceOf(NominationStateException.class);
        course.confirmEnrolment(ETHIOPIA, id);
        assertThatThrownBy(() -> course.complete(ACADEMY, id, Courses.END, Courses.code()))
                .isInstanceOf(NominationStateException.class)
                .hasMessageContaining("no recorded attendance");
    }

    @Test
    void aCompletionIsRecordedExactlyOnceWithTheLinkedPledge() {
        NominationId id = completedNomination();

        assertThatThrownBy(() -> course.complete(ACADEMY, id, Courses.END, Courses.code()))
                .isInstanceOf(NominationStateException.class);
        assertThat(course.pullEvents()).singleElement().isInstanceOfSatisfying(TraineeCompletedCourse.class, e -> {
            assertThat(e.pledge()).contains(Courses.PLEDGE);
            assertThat(e.nominatingParty()).isEqualTo(ETHIOPIA);
            assertThat(e.sourceKey()).isEqualTo("training:nomination:" + id.value());
        });
    }

    @Test
    void traineeDataIsAnonymisedOnlyAfterTheRetentionPeriod() {
        NominationId id = completedNomination();
        java.time.Period retention = java.time.Period.ofYears(2);

        assertThat(course.anonymiseAfter(retention, Courses.END.plusYears(2))).isZero();
        assertThat(course.nomination(id).trainee().name()).isEqualTo("Abebe Bikila");
        assertThat(course.anonymiseAfter(retention, Courses.END.plusYears(2).plusDays(1)))
                .isEqualTo(1);
        assertThat(course.nomination(id).trainee().name()).isEqualTo("(anonymised)");
        assertThat(course.nomination(id).status()).isEqualTo(NominationStatus.COMPLETED);
    }
}
