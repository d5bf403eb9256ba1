package org.gsi.dialogue.internal;

import java.time.Instant;
import java.util.Set;
import org.gsi.dialogue.DialogueFormat;
import org.gsi.dialogue.Mediator;
import org.gsi.registry.PartyCode;

/** A multilateral consultation between Ethiopia, Egypt and Sudan on a transboundary river. */
final class TrackFixture {

    static final PartyCode ETH = PartyCode.of("ETH");
    static final PartyCode EGY = PartyCode.of("EGY");
    static final PartyCode SDN = PartyCode.of("SDN");
    static final PartyCode AU = PartyCode.of("au");
    static final Delegate ETHIOPIA = Delegate.focalPointOf(ETH);
    static final Delegate EGYPT = Delegate.focalPointOf(EGY);
    static final Delegate SUDAN = Delegate.focalPointOf(SDN);
    static final Delegate AFRICAN_UNION = Delegate.focalPointOf(AU);
    static final Mediator AU_ENVOY = new Mediator(AU, "High Representative");
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private TrackFixture() {}

    static DialogueTrack riverTrack() {
        return DialogueTrack.open(
                TrackDescription.confidential(
                        "Filling and operation of a transboundary dam",
                        Set.of(ETH, EGY, SDN),
                        DialogueFormat.MULTILATERAL_CONSULTATION),
                ETHIOPIA,
                T0);
    }

    static Instant day(int n) {
        return T0.plusSeconds(86_400L * n);
    }
}
