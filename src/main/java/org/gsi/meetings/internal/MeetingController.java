package org.gsi.meetings.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.meetings.internal.MeetingViews.AttendeeView;
import org.gsi.meetings.internal.MeetingViews.DelegationRequest;
import org.gsi.meetings.internal.MeetingViews.DelegationView;
import org.gsi.meetings.internal.MeetingViews.MeetingChange;
import org.gsi.meetings.internal.MeetingViews.MeetingRequest;
import org.gsi.meetings.internal.MeetingViews.MeetingView;
import org.gsi.meetings.internal.MeetingViews.OutcomeRequest;
import org.gsi.meetings.internal.MeetingViews.PersonRequest;
import org.gsi.meetings.internal.MeetingViews.SessionRequest;
import org.gsi.meetings.internal.MeetingViews.SessionView;
import org.gsi.platform.Actors;
import org.gsi.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meetings", description = "Meetings, conferences and forums: programme, delegations, outcome")
class MeetingController {

    private final MeetingService service;
    private final DelegationService delegations;
    private final AttendanceList attendance;

    MeetingController(MeetingService service, DelegationService delegations, AttendanceList attendance) {
        this.service = service;
        this.delegations = delegations;
        this.attendance = attendance;
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Meetings (public), by series or by a party's participation")
    List<MeetingView> list(
            @RequestParam(required = false) String series, @RequestParam(required = false) String party) {
        return service.list(series, party, Actors.readerParty());
    }

    @PostMapping("/api/v1/meetings")
    @Operation(summary = "Convene a meeting of a mechanism or forum series; times are local to timeZone")
    ResponseEntity<MeetingView> create(@RequestBody MeetingRequest request) {
        MeetingView m = service.create(Actors.required(), request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Versions.etag(m.version()))
                .body(m);
    }

    @GetMapping("/api/v1/meetings/{id}")
    ResponseEntity<MeetingView> get(@PathVariable UUID id) {
        MeetingView m = service.get(id, Actors.readerParty());
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(m);
    }

    @PutMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Change time or venue (organiser); needs If-Match; calendars receive the update")
    ResponseEntity<MeetingView> change(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MeetingChange change) {
        MeetingView m = service.change(Actors.required(), id, ifMatch, change);
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(m);
    }

    @PostMapping("/api/v1/meetings/{id}/cancellation")
    @Operation(summary = "Cancel the meeting (organiser); calendars show it as cancelled")
    MeetingView cancel(@PathVariable UUID id) {
        return service.cancel(Actors.required(), id);
    }

    @PostMapping("/api/v1/meetings/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a session to the programme (organiser)")
    SessionView addSession(@PathVariable UUID id, @RequestBody SessionRequest request) {
        return service.addSession(Actors.required(), id, request);
    }

    @GetMapping("/api/v1/meetings/{id}/delegations")
    @Operation(
            summary = "Delegations; members and letters only for the party itself, the organiser and the secretariat")
    List<DelegationView> delegations(@PathVariable UUID id) {
        return delegations.delegations(id, Actors.readerParty());
    }

    @PostMapping("/api/v1/meetings/{id}/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register your party's delegation (head first); waiting list when full")
    DelegationView register(@PathVariable UUID id, @RequestBody DelegationRequest request) {
        return delegations.register(Actors.required(), id, request);
    }

    @PostMapping("/api/v1/meetings/delegations/{id}/approval")
    DelegationView approve(@PathVariable UUID id) {
        return delegations.decide(Actors.required(), id, true);
    }

    @PostMapping("/api/v1/meetings/delegations/{id}/rejection")
    DelegationView reject(@PathVariable UUID id) {
        return delegations.decide(Actors.required(), id, false);
    }

    @PostMapping("/api/v1/meetings/delegations/{id}/withdrawal")
    DelegationView withdraw(@PathVariable UUID id) {
        return delegations.withdraw(Actors.required(), id);
    }

    @PostMapping("/api/v1/meetings/delegations/{id}/members")
    @Operation(summary = "Add a member to your delegation; a name already listed is refused (409)")
    DelegationView addMember(@PathVariable UUID id, @RequestBody PersonRequest person) {
        return delegations.addMember(Actors.required(), id, person);
    }

    @DeleteMapping("/api/v1/meetings/delegations/{id}/members/{name}")
    @Operation(summary = "Remove a member (not the head) from your delegation; freed places go to the waiting list")
    DelegationView removeMember(@PathVariable UUID id, @PathVariable String name) {
        return delegations.removeMember(Actors.required(), id, name);
    }

    @PostMapping("/api/v1/meetings/delegations/{id}/attendance")
    DelegationView attendance(@PathVariable UUID id, @RequestBody Map<String, String> body) {
        return attendance.markAttended(Actors.required(), id, body.get("name"));
    }

    @GetMapping("/api/v1/meetings/{id}/attendance")
    @Operation(summary = "Persons marked present; each party sees its own, the organiser and secretariat all")
    List<AttendeeView> attendance(@PathVariable UUID id) {
        return attendance.attendance(id, Actors.readerParty());
    }

    @PostMapping("/api/v1/meetings/{id}/outcome")
    @Operation(
            summary =
                    "Record the outcome: documents adopted, commitments made, follow-up (organiser, after the meeting)")
    MeetingView outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
        return service.recordOutcome(Actors.required(), id, request);
    }
}
