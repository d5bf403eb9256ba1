package org.gsi.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadRuleTests {

    static final UUID GROUP = UUID.randomUUID();
    static final Reader SENDER = new Reader("CHN", Set.of(GROUP));
    static final Reader MEMBER = new Reader("KAZ", Set.of(GROUP));
    static final Reader LATE_MEMBER = new Reader("ETH", Set.of(GROUP));
    static final Reader OUTSIDER = new Reader("IDN", Set.of());
    static final Reader ANONYMOUS = Reader.anonymous();

    static StoredObject object(Tlp tlp, Optional<UUID> target) {
        return new StoredObject(
                Instant.now(),
                "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                "indicator",
                "2.1",
                Instant.now(),
                "2024-01-01T00:00:00.000Z",
                "CHN",
                "china",
                target,
                tlp,
                tlp == Tlp.RED ? List.of("CHN", "KAZ") : List.of(),
                List.of(),
                List.of(),
                "identity--x",
                "",
                "{}");
    }

    static boolean reads(Reader r, Tlp tlp, GrantKind... grants) {
        return ReadRule.admits(r, object(tlp, Optional.of(GROUP)), Set.of(grants));
    }

    @Test
    void clearIsPublicEvenToAnonymousReaders() {
        assertThat(reads(ANONYMOUS, Tlp.CLEAR)).isTrue();
        assertThat(reads(OUTSIDER, Tlp.CLEAR)).isTrue();
    }

    @Test
    void greenReachesEveryPartyButNoAnonymousReader() {
        assertThat(reads(OUTSIDER, Tlp.GREEN)).isTrue();
        assertThat(reads(ANONYMOUS, Tlp.GREEN)).isFalse();
    }

    @Test
    void amberReachesTheGroupAndThoseARecipientInformed() {
        assertThat(reads(MEMBER, Tlp.AMBER)).isTrue();
        assertThat(reads(OUTSIDER, Tlp.AMBER)).isFalse();
        assertThat(reads(OUTSIDER, Tlp.AMBER, GrantKind.INFORMED)).isTrue();
        assertThat(reads(ANONYMOUS, Tlp.AMBER)).isFalse();
    }

    @Test
    void amberStrictAndUnmarkedStayWithTheGroupAndWhomTheSenderNamed() {
        for (Tlp t : List.of(Tlp.AMBER_STRICT, Tlp.NONE)) {
            assertThat(reads(MEMBER, t)).isTrue();
            assertThat(reads(OUTSIDER, t)).isFalse();
            assertThat(reads(OUTSIDER, t, GrantKind.INFORMED))
                    .as("informed is not enough for " + t)
                    .isFalse();
            assertThat(reads(OUTSIDER, t, GrantKind.NAMED)).isTrue();
        }
    }

    @Test
    void redReachesOnlyTheRecipientsNamedWhenItWasSent() {
        assertThat(reads(MEMBER, Tlp.RED)).isTrue();
        assertThat(reads(LATE_MEMBER, Tlp.RED)).as("joined the group later").isFalse();
        assertThat(reads(OUTSIDER, Tlp.RED)).isFalse();
        assertThat(reads(OUTSIDER, Tlp.RED, GrantKind.INFORMED)).isFalse();
        assertThat(reads(OUTSIDER, Tlp.RED, GrantKind.NAMED)).isTrue();
        Reader formerMember = new Reader("KAZ", Set.of());
        assertThat(reads(formerMember, Tlp.RED)).as("left the group").isFalse();
    }

    @Test
    void theSenderAlwaysReadsWhatItSent() {
        for (Tlp t : Tlp.values()) {
            assertThat(ReadRule.admits(SENDER, object(t, Optional.empty()), Set.of()))
                    .isTrue();
        }
    }

    @Test
    void anObjectInTheSendersOwnCollectionReachesOthersOnlyAsGreenOrClearOrNamed() {
        for (Tlp t : List.of(Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED, Tlp.NONE)) {
            assertThat(ReadRule.admits(MEMBER, object(t, Optional.empty()), Set.of()))
                    .as(t.name())
                    .isFalse();
        }
        assertThat(ReadRule.admits(OUTSIDER, object(Tlp.GREEN, Optional.empty()), Set.of()))
                .isTrue();
    }

    @Test
    void theStrictestMarkingOfObjectAndGranularMarkingsDecides() {
        assertThat(Tlp.strictest(List.of(Stixish.GREEN, Stixish.RED))).isEqualTo(Tlp.RED);
        assertThat(Tlp.strictest(List.of("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9")))
                .as("TLP 1.0 WHITE")
                .isEqualTo(Tlp.CLEAR);
        assertThat(Tlp.strictest(List.of("marking-definition--00000000-0000-4000-8000-000000000000")))
                .isEqualTo(Tlp.NONE);
    }

    static final class Stixish {
        static final String GREEN = Tlp.GREEN.markingId();
        static final String RED = Tlp.RED.markingId();
    }
}
