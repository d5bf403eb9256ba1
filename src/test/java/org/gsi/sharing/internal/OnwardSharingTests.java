package org.gsi.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnwardSharingTests {

    @Test
    void theSenderNamesRecipientsWhateverTheMarking() {
        for (Tlp t : Tlp.values()) {
            assertThat(OnwardSharing.decide(t, true, false).grant()).contains(GrantKind.NAMED);
        }
    }

    @Test
    void aRecipientOfAmberInformsThoseWhoNeedToKnowButAnInformedPartyDoesNot() {
        assertThat(OnwardSharing.decide(Tlp.AMBER, false, true).grant()).contains(GrantKind.INFORMED);
        assertThat(OnwardSharing.decide(Tlp.AMBER, false, false)
                        .refusal()
                        .orElseThrow()
                        .key())
                .isEqualTo("sharing.onward.refused.informedOnly");
    }

    @Test
    void amberStrictRedAndUnmarkedAreRefusedWithTheirReason() {
        assertThat(OnwardSharing.decide(Tlp.AMBER_STRICT, false, true)
                        .refusal()
                        .orElseThrow()
                        .key())
                .isEqualTo("sharing.onward.refused.amberStrict");
        assertThat(OnwardSharing.decide(Tlp.RED, false, true)
                        .refusal()
                        .orElseThrow()
                        .key())
                .isEqualTo("sharing.onward.refused.red");
        assertThat(OnwardSharing.decide(Tlp.NONE, false, true)
                        .refusal()
                        .orElseThrow()
                        .key())
                .isEqualTo("sharing.onward.refused.unmarked");
    }

    @Test
    void greenAndClearMayBePassedOnByAnyReader() {
        assertThat(OnwardSharing.decide(Tlp.GREEN, false, false).grant()).isPresent();
        assertThat(OnwardSharing.decide(Tlp.CLEAR, false, false).grant()).isPresent();
    }

    @Test
    void everyRefusalHasAnEnglishWording() {
        for (Tlp t : Tlp.values()) {
            OnwardSharing.decide(t, false, false)
                    .refusal()
                    .ifPresent(r ->
                            assertThat(r.english()).doesNotStartWith("sharing.").containsAnyOf("TLP", "Unmarked"));
        }
    }
}
