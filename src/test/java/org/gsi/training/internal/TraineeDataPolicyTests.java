package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.training.internal.Courses.ACADEMY;
import static org.gsi.training.internal.Courses.ATTRIBUTES;
import static org.gsi.training.internal.Courses.ETHIOPIA;
import static org.gsi.training.internal.Courses.KAZAKHSTAN;

import org.gsi.registry.PartyCode;
import org.gsi.training.internal.TraineeDataPolicy.Reader;
import org.junit.jupiter.api.Test;

class TraineeDataPolicyTests {

    private final TraineeDataPolicy policy = new TraineeDataPolicy();

    @Test
    void onlyTheNominatingPartyTheOrganiserTheProviderAndTheSecretariatSeePersonalData() {
        Course course = Courses.allocatedCourse(4);
        Nomination nomination = course.nomination(
                course.nominate(ETHIOPIA, Courses.trainee("Abebe Bikila"), Courses.DEADLINE, ATTRIBUTES));

        assertThat(policy.traineeFor(Reader.of(ETHIOPIA), course, nomination))
                .map(Trainee::name)
                .contains("Abebe Bikila");
        assertThat(policy.maySee(Reader.of(ACADEMY), course, nomination)).isTrue();
        assertThat(policy.maySee(Reader.secretariatOfficer(), course, nomination))
                .isTrue();
        assertThat(policy.traineeFor(Reader.of(KAZAKHSTAN), course, nomination)).isEmpty();
        assertThat(policy.maySee(Reader.of(Courses.ORGANISER), course, nomination))
                .isTrue();
        assertThat(policy.maySee(Reader.of(PartyCode.of("BRA")), course, nomination))
                .isFalse();
        assertThat(policy.maySee(Reader.anonymous(), course, nomination)).isFalse();
    }
}
