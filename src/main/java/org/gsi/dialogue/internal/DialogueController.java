package org.gsi.dialogue.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gsi.dialogue.MediatorRole;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dialogue tracks", description = "Tracks, mediation by consent, sessions and minutes")
class DialogueController {

    private final DialogueService tracks;
    private final MeasureService measures;

    DialogueController(DialogueService tracks, MeasureService measures) {
        this.tracks = tracks;
        this.measures = measures;
    }

    record MediatorRequest(String party, String person, String role) {}

    record ReasonRequest(String reason) {}

    record SessionRequest(
            LocalDate date, String place, Boolean online, List<String> participants, List<String> agenda) {}

    record MinutesRequest(String text) {}

    record ActionRequest(String description, String owner, LocalDate due) {}

    record CompletionRequest(LocalDate on) {}

    @GetMapping("/api/v1/dialogues")
    @Operation(summary = "Tracks you may read", description = "party: only the tracks that party takes part in")
    PageView<DialogueViews.TrackSummaryView> list(
            @RequestParam(required = false) String party,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return tracks.list(Actors.readerParty(), party, page, size).map(DialogueViews.TrackSummaryView::of);
    }

    @PostMapping("/api/v1/dialogues")
    @Operation(
            summary = "Open a track",
            description = "Confidential to the parties concerned unless visibility says otherwise")
    ResponseEntity<DialogueViews.TrackView> open(@RequestBody DialogueService.OpenTrackRequest request) {
        TrackHead head = tracks.open(Actors.required(), request, false);
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + head.id()))
                .eTag(Versions.etag(head.version()))
                .body(view(head.id()));
    }

    @GetMapping("/api/v1/dialogues/{id}")
    @Operation(summary = "A track with its mediations and sessions")
    ResponseEntity<DialogueViews.TrackView> get(@PathVariable UUID id) {
        DialogueViews.TrackView view = view(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @GetMapping("/api/v1/dialogues/{id}/timeline")
    @Operation(summary = "The track's record in time order, its measures included")
    List<DialogueViews.TimelineEntryView> timeline(@PathVariable UUID id) {
        String reader = Actors.readerParty();
        List<ConfidenceBuildingMeasure> of = measures.list(reader, id, false, 0, 500).items().stream()
                .map(measures::rebuild)
                .toList();
        return tracks.read(reader, id, t -> DialogueViews.timeline(t, of));
    }

    @PostMapping("/api/v1/dialogues/{id}/mediators")
    @Operation(summary = "Propose a mediator or facilitator; every party concerned is asked for consent")
    ResponseEntity<DialogueViews.TrackView> propose(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MediatorRequest r) {
        String party = tracks.requireParty("party", r.party());
        return run(id, ifMatch, new TrackCommand.ProposeMediator(party, r.person(), role(r.role())));
    }

    @PostMapping("/api/v1/dialogues/{id}/mediators/current/acceptance")
    @Operation(summary = "Your party accepts the proposed mediator (focal point only)")
    ResponseEntity<DialogueViews.TrackView> accept(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return run(id, ifMatch, new TrackCommand.AcceptMediator());
    }

    @PostMapping("/api/v1/dialogues/{id}/mediators/current/refusal")
    @Operation(summary = "Your party declines the proposed mediator, with a reason (focal point only)")
    ResponseEntity<DialogueViews.TrackView> decline(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReasonRequest r) {
        return run(id, ifMatch, new TrackCommand.DeclineMediator(r.reason()));
    }

    @PostMapping("/api/v1/dialogues/{id}/mediators/current/withdrawal")
    @Operation(summary = "Withdraw consent (a party concerned) or step down (the mediator): the role ends")
    ResponseEntity<DialogueViews.TrackView> end(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReasonRequest r) {
        return run(id, ifMatch, new TrackCommand.EndMediation(r.reason()));
    }

    @PostMapping("/api/v1/dialogues/{id}/sessions")
    @Operation(summary = "Plan a session (parties concerned or the appointed mediator)")
    ResponseEntity<DialogueViews.TrackView> session(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SessionRequest r) {
        if (r.date() == null) {
            throw new InvalidInputException("date", Message.of("dialogue.refused.date"));
        }
        List<String> participants = r.participants() == null
                ? List.of()
                : r.participants().stream()
                        .map(p -> tracks.requireParty("participants", p))
                        .toList();
        return run(
                id,
                ifMatch,
                new TrackCommand.PlanSession(
                        r.date(), r.place(), Boolean.TRUE.equals(r.online()), participants, r.agenda()));
    }

    @PutMapping("/api/v1/dialogues/{id}/sessions/{session}/minutes")
    @Operation(summary = "Draft or redraft the minutes; a redraft asks every party to approve again")
    ResponseEntity<DialogueViews.TrackView> minutes(
            @PathVariable UUID id,
            @PathVariable int session,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MinutesRequest r) {
        return run(id, ifMatch, new TrackCommand.DraftMinutes(session, r.text()));
    }

    @PostMapping("/api/v1/dialogues/{id}/sessions/{session}/minutes/approvals")
    @Operation(summary = "Your party approves the minutes (focal point of a party concerned)")
    ResponseEntity<DialogueViews.TrackView> approve(
            @PathVariable UUID id,
            @PathVariable int session,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return run(id, ifMatch, new TrackCommand.ApproveMinutes(session));
    }

    @PostMapping("/api/v1/dialogues/{id}/sessions/{session}/actions")
    @Operation(summary = "Add a follow-up action with its owner and due date")
    ResponseEntity<DialogueViews.TrackView> action(
            @PathVariable UUID id,
            @PathVariable int session,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ActionRequest r) {
        String owner = tracks.requireParty("owner", r.owner());
        return run(id, ifMatch, new TrackCommand.AddFollowUp(session, r.description(), owner, r.due()));
    }

    @PostMapping("/api/v1/dialogues/{id}/sessions/{session}/actions/{action}/completion")
    @Operation(summary = "The owner marks its follow-up action done")
    ResponseEntity<DialogueViews.TrackView> complete(
            @PathVariable UUID id,
            @PathVariable int session,
            @PathVariable int action,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) CompletionRequest r) {
        LocalDate on = r == null || r.on() == null ? LocalDate.now(ZoneOffset.UTC) : r.on();
        return run(id, ifMatch, new TrackCommand.CompleteFollowUp(session, action, on));
    }

    private ResponseEntity<DialogueViews.TrackView> run(UUID id, String ifMatch, TrackCommand command) {
        tracks.execute(Actors.required(), id, ifMatch, command);
        DialogueViews.TrackView view = view(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    private DialogueViews.TrackView view(UUID id) {
        TrackHead head = tracks.head(Actors.readerParty(), id);
        return tracks.read(Actors.readerParty(), id, t -> DialogueViews.of(head, t, LocalDate.now(ZoneOffset.UTC)));
    }

    static MediatorRole role(String role) {
        try {
            return MediatorRole.valueOf((role == null ? "mediator" : role)
                    .trim()
                    .toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException("role", Message.of("dialogue.refused.role"));
        }
    }
}
