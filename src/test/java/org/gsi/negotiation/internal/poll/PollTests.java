package org.gsi.negotiation.internal.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gsi.negotiation.PollClosed;
import org.gsi.negotiation.PollId;
import org.gsi.negotiation.PollResult;
import org.gsi.negotiation.internal.Delegate;
import org.gsi.negotiation.internal.NotOwnFocalPointException;
import org.gsi.negotiation.internal.poll.PollException.Reason;
import org.gsi.registry.PartyCode;
import org.junit.jupiter.api.Test;

class PollTests {

    private static final PartyCode CHN = PartyCode.of("CHN");
    private static final PartyCode KAZ = PartyCode.of("KAZ");
    private static final PartyCode RUS = PartyCode.of("RUS");
    private static final PartyCode IND = PartyCode.of("IND");
    private static final PartyCode PAK = PartyCode.of("PAK");
    private static final Set<PartyCode> SCO = Set.of(CHN, KAZ, RUS, IND, PAK);
    private static final Instant CLOSE = Instant.parse("2026-07-01T18:00:00Z");

    private static Poll consentPoll(String quorum, boolean hidden) {
        return Poll.consentObjection(
                PollId.random(), "Hold the next meeting in Astana?", SCO, Quorum.of(quorum), hidden);
    }

    private static void consent(Poll poll, PartyCode party, ConsentVote vote) {
        poll.castConsent(Delegate.focalPointOf(party), party, vote, vote == ConsentVote.OBJECT ? "dates clash" : "");
    }

    @Test
    void aConsentPollPassesWithQuorumAndNoObjection() {
        Poll poll = consentPoll("0.6", false);
        consent(poll, CHN, ConsentVote.CONSENT);
        consent(poll, KAZ, ConsentVote.CONSENT);
        consent(poll, RUS, ConsentVote.ABSTAIN);

        assertThat(poll.close(CLOSE).result()).isEqualTo(PollResult.CONSENTED);
        assertThat(poll.drainEvents())
                .singleElement()
                .extracting(PollClosed::result)
                .isEqualTo(PollResult.CONSENTED);
    }

    @Test
    void oneObjectionWithItsReasonStopsAConsentPoll() {
        Poll poll = consentPoll("0.4", false);
        consent(poll, CHN, ConsentVote.CONSENT);
        consent(poll, IND, ConsentVote.OBJECT);

        PollOutcome outcome = poll.close(CLOSE);

        assertThat(outcome.result()).isEqualTo(PollResult.OBJECTED);
        assertThat(outcome.objections()).containsExactly("IND: dates clash");
    }

    @Test
    void withoutQuorumNothingIsDecided() {
        Poll poll = consentPoll("0.6", false);
        consent(poll, CHN, ConsentVote.CONSENT);
        consent(poll, KAZ, ConsentVote.CONSENT);

        PollOutcome outcome = poll.close(CLOSE);

        assertThat(outcome.result()).isEqualTo(PollResult.NO_QUORUM);
        assertThat(outcome.votesNeeded()).isEqualTo(3);
    }

    @Test
    void eachMemberHasOneVoteAndVotingAgainReplacesIt() {
        Poll poll = consentPoll("0", false);
        consent(poll, IND, ConsentVote.OBJECT);
        consent(poll, IND, ConsentVote.CONSENT);

        assertThat(poll.currentCount()).containsEntry("CONSENT", 1).containsEntry("OBJECT", 0);
        assertThat(poll.close(CLOSE).result()).isEqualTo(PollResult.CONSENTED);
    }

    @Test
    void onlyMembersVoteAndOnlyThroughTheirOwnFocalPoint() {
        Poll poll = consentPoll("0.5", false);
        PartyCode brazil = PartyCode.of("BRA");

        assertThatThrownBy(() -> consent(poll, brazil, ConsentVote.CONSENT))
                .isInstanceOfSatisfying(
                        PollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_MEMBER));
        assertThatThrownBy(() -> poll.castConsent(Delegate.focalPointOf(CHN), KAZ, ConsentVote.CONSENT, ""))
                .isInstanceOf(NotOwnFocalPointException.class);
    }

    @Test
    void hiddenResultsAreShownOnlyAfterClose() {
        Poll poll = consentPoll("0.2", true);
        consent(poll, CHN, ConsentVote.CONSENT);

        assertThatThrownBy(poll::currentCount)
                .isInstanceOfSatisfying(
                        PollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESULTS_HIDDEN));
        poll.close(CLOSE);
        assertThat(poll.currentCount()).containsEntry("CONSENT", 1);
    }

    @Test
    void aClosedPollTakesNoMoreVotes() {
        Poll poll = consentPoll("0.2", false);
        consent(poll, CHN, ConsentVote.CONSENT);
        poll.close(CLOSE);

        assertThatThrownBy(() -> consent(poll, KAZ, ConsentVote.OBJECT))
                .isInstanceOfSatisfying(
                        PollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.POLL_CLOSED));
        assertThat(poll.outcome()).get().extracting(PollOutcome::result).isEqualTo(PollResult.CONSENTED);
    }

    private static Poll venuePoll() {
        return Poll.rankedChoice(
                PollId.random(),
                "Venue of the summit",
                List.of("Astana", "Beijing", "Delhi"),
                SCO,
                Quorum.of("0.5"),
                false);
    }

    private static void rank(Poll poll, PartyCode party, String... ranking) {
        poll.castRanking(Delegate.focalPointOf(party), party, List.of(ranking));
    }

    @Test
    void rankedChoiceTransfersVotesOfTheEliminatedChoice() {
        Poll poll = venuePoll();
        rank(poll, CHN, "Beijing", "Astana");
        rank(poll, RUS, "Beijing", "Astana");
        rank(poll, KAZ, "Astana", "Beijing");
        rank(poll, PAK, "Astana", "Beijing");
        rank(poll, IND, "Delhi", "Astana");

        PollOutcome outcome = poll.close(CLOSE);

        assertThat(outcome.result()).isEqualTo(PollResult.ELECTED);
        assertThat(outcome.winner()).contains("Astana");
        assertThat(outcome.rounds()).hasSize(2);
        assertThat(outcome.rounds().get(1)).containsEntry("Astana", 3).containsEntry("Beijing", 2);
    }

    @Test
    void rankedChoiceEndsInATieWhenTheLastChoicesAreLevel() {
        Poll poll = venuePoll();
        rank(poll, CHN, "Beijing");
        rank(poll, KAZ, "Astana");
        rank(poll, IND, "Delhi");

        PollOutcome outcome = poll.close(CLOSE);

        assertThat(outcome.result()).isEqualTo(PollResult.TIED);
        assertThat(outcome.winner()).isEmpty();
    }

    @Test
    void aRankingMayNotRepeatOrInventChoices() {
        Poll poll = venuePoll();

        assertThatThrownBy(() -> rank(poll, CHN, "Beijing", "Beijing")).isInstanceOf(PollException.class);
        assertThatThrownBy(() -> rank(poll, CHN, "Shanghai")).isInstanceOf(PollException.class);
        assertThatThrownBy(() -> consent(poll, CHN, ConsentVote.CONSENT))
                .isInstanceOfSatisfying(
                        PollException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_BALLOT));
    }
}
