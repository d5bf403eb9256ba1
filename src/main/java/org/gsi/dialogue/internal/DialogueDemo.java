package org.gsi.dialogue.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsi.dialogue.MediatorRole;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.gsi.platform.Versions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo scenario: a confidential track among four parties with a mediator appointed by the consent of all, two
 * sessions (the first with approved minutes, the second awaiting approvals), a follow-up action and two
 * confidence-building measures, one of them overdue. Runs once; everything it writes is marked demo.
 */
@Component
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
@Order(61)
class DialogueDemo implements ApplicationRunner {

    private static final List<String> PARTIES = List.of("KAZ", "KGZ", "TJK", "UZB");

    private final DialogueService tracks;
    private final MeasureService measures;
    private final JdbcClient jdbc;

    DialogueDemo(DialogueService tracks, MeasureService measures, JdbcClient jdbc) {
        this.tracks = tracks;
        this.measures = measures;
        this.jdbc = jdbc;
    }

    /** Runs a command on the track as it now stands, as a user would who just read it. */
    private void command(Actor actor, UUID id, TrackCommand command) {
        long version = tracks.head(actor.partyCode(), id).version();
        tracks.execute(actor, id, Versions.etag(version), command);
    }

    private static Actor focalPoint(String party) {
        return new Actor("demo-" + party.toLowerCase(), party, Role.FOCAL_POINT);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM dialogue_track WHERE demo")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        UUID id = tracks.open(
                        focalPoint("KAZ"),
                        new DialogueService.OpenTrackRequest(
                                "[Demo] Water allocation in the Syr Darya basin",
                                "mediation",
                                PARTIES,
                                "Transboundary rivers (III.11)",
                                "participants"),
                        true)
                .id();
        command(focalPoint("KAZ"), id, new TrackCommand.ProposeMediator("un", "Special Envoy", MediatorRole.MEDIATOR));
        for (String party : List.of("KGZ", "TJK", "UZB")) {
            command(focalPoint(party), id, new TrackCommand.AcceptMediator());
        }
        Actor envoy = new Actor("demo-un", "un", Role.FOCAL_POINT);
        List<String> all = List.of("KAZ", "KGZ", "TJK", "UZB", "un");
        command(
                envoy,
                id,
                new TrackCommand.PlanSession(
                        LocalDate.of(2026, 2, 12),
                        "Tashkent",
                        false,
                        all,
                        List.of("Seasonal release schedules", "Data exchange on flows")));
        command(
                envoy,
                id,
                new TrackCommand.DraftMinutes(
                        1,
                        "The parties exchanged data on seasonal flows and agreed to share reservoir release schedules."));
        for (String party : PARTIES) {
            command(focalPoint(party), id, new TrackCommand.ApproveMinutes(1));
        }
        command(
                envoy,
                id,
                new TrackCommand.AddFollowUp(
                        1, "share the reservoir release schedule for the summer", "KGZ", LocalDate.of(2026, 5, 31)));
        command(
                envoy,
                id,
                new TrackCommand.PlanSession(
                        LocalDate.of(2026, 4, 20), "", true, all, List.of("Joint monitoring stations")));
        command(
                envoy,
                id,
                new TrackCommand.DraftMinutes(2, "The parties considered three sites for joint monitoring stations."));
        command(focalPoint("KAZ"), id, new TrackCommand.ApproveMinutes(2));
        command(focalPoint("KGZ"), id, new TrackCommand.ApproveMinutes(2));
        measures.create(
                focalPoint("KAZ"),
                new MeasureService.MeasureRequest(
                        id,
                        "EN-2",
                        null,
                        null,
                        List.of("KAZ", "UZB"),
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 12, 31),
                        null),
                true);
        MeasureHead early = measures.create(
                focalPoint("KAZ"),
                new MeasureService.MeasureRequest(
                        id,
                        "EN-1",
                        null,
                        null,
                        List.of("KAZ", "KGZ"),
                        LocalDate.of(2025, 10, 1),
                        LocalDate.of(2026, 1, 31),
                        null),
                true);
        measures.report(
                focalPoint("KAZ"),
                early.id(),
                new MeasureService.ReportRequest(
                        LocalDate.of(2026, 1, 20), "Hotline for flood warnings set up on our side", true));
    }
}
