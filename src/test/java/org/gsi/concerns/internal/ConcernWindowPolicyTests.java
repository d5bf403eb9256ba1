package org.gsi.concerns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.concerns.internal.ConcernFixtures.T0;
import static org.gsi.concerns.internal.ConcernFixtures.concern;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gsi.concerns.ConcernNotAllowedException;
import org.gsi.concerns.ConcernRefusedException;
import org.gsi.concerns.ProposalRef;
import org.gsi.platform.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConcernWindowPolicyTests {

    final ConcernWindowPolicy policy = ConcernWindowPolicy.DEFAULT;
    final ProposalRef proposal = ProposalRef.project("p-7");
    Consultation consultation;

    @BeforeEach
    void concernOfANonParticipantIsRaised() {
        SecurityConcern ind = concern("IND", Set.of("cybersecurity"), Set.of("NPL"), Set.of());
        ConcernMatch match = new ConcernMatch(ind, List.of("domain cybersecurity", "country NPL"));
        consultation = policy.open(List.of(match), proposal, T0).get(0);
    }

    @Test
    void raisingAConcernOpensAFourteenDayWindowForItsOwner() {
        assertThat(consultation.closesAt()).isEqualTo(T0.plus(Duration.ofDays(14)));
        assertThat(consultation.ownerParty()).isEqualTo("IND");
        assertThat(consultation.explanation()).isEqualTo("matched on domain cybersecurity and country NPL");
    }

    @Test
    void aConcernOfANonParticipantBlocksActivationWhileOpen() {
        var decision = policy.decide(List.of(consultation), T0.plus(Duration.ofDays(13)));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.blockingReasons())
                .singleElement()
                .extracting(Words::english)
                .asString()
                .contains("concern of IND");
    }

    @Test
    void activationIsAllowedOnceTheWindowClosesWithoutObjection() {
        Instant closed = T0.plus(Duration.ofDays(14));

        assertThat(consultation.stateAt(closed)).isEqualTo(ConsultationState.LAPSED);
        assertThat(policy.decide(List.of(consultation), closed).allowed()).isTrue();
    }

    @Test
    void activationIsAllowedOnceTheConcernedPartyMarksItAddressed() {
        consultation.markAddressed(ConcernActor.focalPointOf("IND"), "data stays in-country", T0.plusSeconds(60));

        assertThat(policy.decide(List.of(consultation), T0.plusSeconds(61)).allowed())
                .isTrue();
        assertThat(consultation.answer()).contains("data stays in-country");
    }

    @Test
    void anObjectionKeepsBlockingAfterTheWindowUntilAddressed() {
        consultation.object(ConcernActor.focalPointOf("IND"), "touches our grid", T0.plusSeconds(60));
        Instant afterWindow = T0.plus(Duration.ofDays(30));

        assertThat(policy.decide(List.of(consultation), afterWindow).blockingReasons().stream()
                        .map(Words::english))
                .containsExactly("the concern of IND is objected: touches our grid");

        consultation.markAddressed(ConcernActor.focalPointOf("IND"), "safeguards agreed", afterWindow);
        assertThat(policy.decide(List.of(consultation), afterWindow).allowed()).isTrue();
    }

    @Test
    void noObjectionAfterTheWindowClosed() {
        assertThatThrownBy(() ->
                        consultation.object(ConcernActor.focalPointOf("IND"), "too late", T0.plus(Duration.ofDays(15))))
                .isInstanceOf(ConcernRefusedException.class)
                .hasMessageContaining("lapsed");
    }

    @Test
    void onlyTheConcernedPartysFocalPointCanAnswer() {
        assertThatThrownBy(() -> consultation.markAddressed(ConcernActor.focalPointOf("CHN"), "fine", T0))
                .isInstanceOf(ConcernNotAllowedException.class);
        assertThatThrownBy(() -> consultation.markAddressed(new ConcernActor("IND", false), "fine", T0))
                .isInstanceOf(ConcernNotAllowedException.class);
        assertThat(consultation.stateAt(T0)).isEqualTo(ConsultationState.OPEN);
    }

    @Test
    void theWindowIsConfigurable() {
        ConcernWindowPolicy week = new ConcernWindowPolicy(Duration.ofDays(7));
        Consultation shorter = week.open(
                        List.of(new ConcernMatch(
                                concern("KAZ", Set.of("water"), Set.of(), Set.of()), List.of("domain water"))),
                        proposal,
                        T0)
                .get(0);

        assertThat(week.decide(List.of(shorter), T0.plus(Duration.ofDays(7))).allowed())
                .isTrue();
        assertThat(policy.decide(List.of(shorter), T0.plus(Duration.ofDays(6))).allowed())
                .isFalse();
    }
}
