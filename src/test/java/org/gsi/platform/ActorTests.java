package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorTests {

    @Test
    void aFocalPointSpeaksForItsOwnPartyOnly() {
        Actor china = new Actor("china", "CHN", Role.FOCAL_POINT);
        assertThatNoException().isThrownBy(() -> china.require(Permission.SPEAK_FOR_PARTY, "CHN", "consent", "x", "1"));
        assertThatThrownBy(() -> china.require(Permission.SPEAK_FOR_PARTY, "KAZ", "consent", "x", "1"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("only the users of KAZ can do this for KAZ");
    }

    @Test
    void theSecretariatCannotSpeakForAParty() {
        Actor secretariat = new Actor("secretariat", "gsi-secretariat", Role.SECRETARIAT_ADMIN);
        assertThat(secretariat.can(Permission.SPEAK_FOR_PARTY)).isFalse();
        assertThatThrownBy(() -> secretariat.require(Permission.SPEAK_FOR_PARTY, "CHN", "consent", "x", "1"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anOfficerPreparesButDoesNotSpeak() {
        Actor officer = new Actor("o", "CHN", Role.OFFICER);
        assertThat(officer.canFor(Permission.EDIT_PARTY_RECORDS, "CHN")).isTrue();
        assertThat(officer.canFor(Permission.SPEAK_FOR_PARTY, "CHN")).isFalse();
        assertThat(officer.canFor(Permission.EDIT_PARTY_RECORDS, "KAZ")).isFalse();
    }

    @Test
    void rolesParseFromTheirSlugs() {
        assertThat(Role.parse("focal-point")).isEqualTo(Role.FOCAL_POINT);
        assertThat(Role.parse("SECRETARIAT_ADMIN")).isEqualTo(Role.SECRETARIAT_ADMIN);
        assertThatThrownBy(() -> Role.parse("king")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void entityTagsNameTheVersion() {
        assertThat(Versions.etag(7)).isEqualTo("\"v7\"");
        assertThat(Versions.fromIfMatch("\"v7\"")).contains(7L);
        assertThat(Versions.fromIfMatch("W/\"v3\"")).contains(3L);
        assertThatThrownBy(() -> Versions.check("\"v2\"", "party", "KAZ", 3)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> Versions.check(null, "party", "KAZ", 3))
                .isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> Versions.fromIfMatch("abc")).isInstanceOf(InvalidInputException.class);
    }
}
