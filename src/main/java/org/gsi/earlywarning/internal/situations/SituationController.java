package org.gsi.earlywarning.internal.situations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.gsi.earlywarning.internal.situations.SituationViews.AddAssessmentRequest;
import org.gsi.earlywarning.internal.situations.SituationViews.AddDevelopmentRequest;
import org.gsi.earlywarning.internal.situations.SituationViews.AssessmentView;
import org.gsi.earlywarning.internal.situations.SituationViews.CreateSituationRequest;
import org.gsi.earlywarning.internal.situations.SituationViews.SituationView;
import org.gsi.earlywarning.internal.situations.SituationViews.UpdateSituationRequest;
import org.gsi.platform.Actors;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/situations")
@Tag(name = "Situations", description = "Hotspots and threats with their timeline and the parties' assessments")
class SituationController {

    private final SituationService situations;

    SituationController(SituationService situations) {
        this.situations = situations;
    }

    @GetMapping
    @Operation(summary = "Situations the reader may see, by country (ISO alpha-3), status and text")
    PageView<SituationView> list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageView.checkPaging(page, size);
        return situations.search(Actors.readerParty(), country, status, q, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A situation with its timeline and the assessments the reader may see")
    ResponseEntity<SituationView> get(@PathVariable UUID id) {
        SituationView s = situations.get(Actors.readerParty(), id);
        return ResponseEntity.ok().eTag(Versions.etag(s.version())).body(s);
    }

    @PostMapping
    @Operation(summary = "Open a situation for the own party (visibility public, participants or owner)")
    ResponseEntity<SituationView> create(@RequestBody CreateSituationRequest request) {
        SituationView s = situations.create(Actors.required(), request);
        return ResponseEntity.created(URI.create("/api/v1/situations/" + s.id()))
                .header(HttpHeaders.ETAG, Versions.etag(s.version()))
                .body(s);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update title, summary, domains, parties concerned or status (owner party; If-Match)")
    ResponseEntity<SituationView> update(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody UpdateSituationRequest request) {
        SituationView s = situations.update(Actors.required(), id, ifMatch, request);
        return ResponseEntity.ok().eTag(Versions.etag(s.version())).body(s);
    }

    @PostMapping("/{id}/developments")
    @Operation(summary = "Add a development to the timeline (owner party and parties concerned)")
    ResponseEntity<SituationView> addDevelopment(@PathVariable UUID id, @RequestBody AddDevelopmentRequest request) {
        return ResponseEntity.status(201).body(situations.addDevelopment(Actors.required(), id, request));
    }

    @PostMapping("/{id}/assessments")
    @Operation(summary = "Add the own party's assessment (risk level low, moderate, high or critical; visibility)")
    ResponseEntity<AssessmentView> addAssessment(@PathVariable UUID id, @RequestBody AddAssessmentRequest request) {
        AssessmentView a = situations.addAssessment(Actors.required(), id, request);
        return ResponseEntity.created(URI.create("/api/v1/situations/assessments/" + a.id()))
                .body(a);
    }

    @GetMapping("/assessments/{id}")
    @Operation(summary = "One assessment, when the reader may see it")
    AssessmentView assessment(@PathVariable UUID id) {
        return situations.assessment(Actors.readerParty(), id);
    }
}
