package org.gsi.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.dialogue.internal.TrackFixture.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.dialogue.CbmDimension;
import org.gsi.dialogue.MeasureId;
import org.gsi.dialogue.MeasureOverdue;
import org.gsi.dialogue.MediatorRole;
import org.junit.jupiter.api.Test;

class MeasureAndTimelineTests {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 9, 30);
    private final DialogueTrack track = riverTrack();

    private ConfidenceBuildingMeasure earlyWarning() {
        CatalogueEntry entry = CbmCatalogue.find("EN-1").orElseThrow();
        return ConfidenceBuildingMeasure.fromCatalogue(
                MeasureId.random(), Optional.of(track.id()), entry, Set.of(ETH, SDN), START, DUE);
    }

    @Test
    void theCatalogueCoversAllFiveDimensions() {
        for (CbmDimension dimension : CbmDimension.values()) {
            assertThat(CbmCatalogue.in(dimension)).isNotEmpty();
        }
        assertThat(earlyWarning().dimension()).isEqualTo(CbmDimension.ENVIRONMENTAL);
    }

    @Test
    void aMeasureIsImplementedOnceEveryImplementingPartyReportedItsPartComplete() {
        ConfidenceBuildingMeasure measure = earlyWarning();
        measure.report(ETHIOPIA, ETH, START.plusDays(30), "Hotline set up", true);
        assertThat(measure.status()).isEqualTo(MeasureStatus.IN_PROGRESS);

        measure.report(SUDAN, SDN, START.plusDays(40), "Gauges connected", true);

        assertThat(measure.status()).isEqualTo(MeasureStatus.IMPLEMENTED);
        assertThat(measure.isOverdue(DUE.plusDays(1))).isFalse();
    }

    @Test
    void onlyImplementingPartiesReportAndOnlyThroughTheirFocalPoints() {
        ConfidenceBuildingMeasure measure = earlyWarning();

        assertThatThrownBy(() -> measure.report(EGYPT, EGY, START, "We watched", false))
                .isInstanceOf(NotAnImplementingPartyException.class);
        assertThatThrownBy(() -> measure.report(Delegate.staffOf(ETH), ETH, START, "x", false))
                .isInstanceOf(NotOwnFocalPointException.class);
        assertThat(measure.reports()).isEmpty();
    }

    @Test
    void anUnfinishedMeasurePastItsDueDateIsFlaggedOverdueOnce() {
        ConfidenceBuildingMeasure measure = earlyWarning();
        measure.report(ETHIOPIA, ETH, START.plusDays(30), "Hotline set up", true);

        assertThat(measure.checkOverdue(DUE)).isFalse();
        assertThat(measure.checkOverdue(DUE.plusDays(1))).isTrue();
        assertThat(measure.checkOverdue(DUE.plusDays(2))).isFalse();
        assertThat(measure.drainEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        MeasureOverdue.class, e -> assertThat(e.due()).isEqualTo(DUE));
    }

    @Test
    void aScheduleMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> ConfidenceBuildingMeasure.agreed(
                        MeasureId.random(),
                        Optional.empty(),
                        CbmDimension.HUMAN,
                        "Youth exchange",
                        Set.of(EGY),
                        DUE,
                        START))
                .isInstanceOf(InvalidTrackException.class);
    }

    @Test
    void theTimelineOrdersEverythingThatHappenedInTheTrack() {
        track.proposeMediator(ETHIOPIA, AU_ENVOY, MediatorRole.MEDIATOR, day(1));
        track.acceptMediator(EGYPT, EGY, day(2));
        track.acceptMediator(SUDAN, SDN, day(3));
        track.planSession(
                AFRICAN_UNION,
                LocalDate.of(2026, 3, 20),
                Venue.at("Khartoum"),
                Set.of(ETH, EGY, SDN),
                List.of("Filling schedule"));
        ConfidenceBuildingMeasure measure = earlyWarning();
        measure.report(SUDAN, SDN, LocalDate.of(2026, 5, 2), "Gauges connected", false);
        ConfidenceBuildingMeasure elsewhere = ConfidenceBuildingMeasure.agreed(
                MeasureId.random(), Optional.empty(), CbmDimension.HUMAN, "Youth exchange", Set.of(EGY), START, DUE);

        List<Timeline.Entry> timeline = Timeline.of(track, List.of(measure, elsewhere));

        assertThat(timeline)
                .extracting(Timeline.Entry::kind)
                .containsExactly(
                        Timeline.Kind.TRACK_OPENED,
                        Timeline.Kind.MEDIATOR_PROPOSED,
                        Timeline.Kind.MEDIATOR_ACCEPTED,
                        Timeline.Kind.MEDIATOR_ACCEPTED,
                        Timeline.Kind.MEDIATOR_ACCEPTED,
                        Timeline.Kind.MEDIATOR_APPOINTED,
                        Timeline.Kind.SESSION_HELD,
                        Timeline.Kind.MEASURE_STARTED,
                        Timeline.Kind.MEASURE_REPORTED,
                        Timeline.Kind.MEASURE_DUE);
        assertThat(timeline.get(5).summary()).isEqualTo("High Representative (au) appointed");
    }
}
