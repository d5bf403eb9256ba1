package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.gsi.platform.Actors;
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
@Tag(name = "Cooperation projects", description = "Projects, participants, consent and lifecycle")
class ProjectController {

    private final ProjectService projects;
    private final ProjectViews views;
    private final ProjectSearch search;
    private final ProjectStore store;

    ProjectController(ProjectService projects, ProjectViews views, ProjectSearch search, ProjectStore store) {
        this.projects = projects;
        this.views = views;
        this.search = search;
        this.store = store;
    }

    @GetMapping("/api/v1/projects")
    @Operation(
            summary = "Projects you may read, with filters",
            description = "q searches titles in all six languages (word prefixes; substrings for Chinese). total is"
                    + " exact when totalExact is true; past 1,000 matches beyond the page it is a lower bound.")
    ProjectSearch.ProjectPage list(
            @RequestParam(required = false) String q,
            @Parameter(description = "draft, proposed, active, completed, suspended, cancelled")
                    @RequestParam(required = false)
                    String status,
            @Parameter(description = "priority area, e.g. III.13") @RequestParam(required = false) String area,
            @RequestParam(required = false) String domain,
            @Parameter(description = "ISO alpha-3") @RequestParam(required = false) String country,
            @Parameter(description = "initiating or participating party") @RequestParam(required = false) String party,
            @Parameter(description = "M49 region code") @RequestParam(required = false) String region,
            @RequestParam(required = false) UUID fund,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.search(
                new ProjectSearch.ProjectQuery(q, status, area, domain, country, party, region, fund, page, size),
                Actors.readerParty());
    }

    @GetMapping("/api/v1/projects/{id}")
    @Operation(summary = "One project with participants, consent, concerns raised and activation blockers")
    ResponseEntity<ProjectViews.ProjectView> get(
            @PathVariable UUID id, @RequestParam(defaultValue = "en") String lang) {
        ProjectViews.ProjectView v = views.view(views.readable(new ProjectId(id)), lang);
        return ResponseEntity.ok().eTag(Versions.etag(v.version())).body(v);
    }

    @PostMapping("/api/v1/projects")
    @Operation(summary = "Draft a project for your party (officers and focal points)")
    ResponseEntity<ProjectViews.ProjectView> create(@RequestBody ProjectForm.ProjectRequest request) {
        ProjectId id = projects.create(Actors.required(), request, false);
        ProjectViews.ProjectView v = views.view(views.readable(id), "en");
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id))
                .eTag(Versions.etag(v.version()))
                .body(v);
    }

    @PutMapping("/api/v1/projects/{id}")
    @Operation(summary = "Change a draft project of your party; needs If-Match")
    ResponseEntity<ProjectViews.ProjectView> update(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProjectForm.ProjectRequest request) {
        projects.update(Actors.required(), new ProjectId(id), ifMatch, request);
        return current(id);
    }

    @PostMapping("/api/v1/projects/{id}/transitions")
    @Operation(
            summary = "Move a project of your party along its lifecycle",
            description = "propose, activate, suspend, resume, complete, cancel; 409 with the reason when the"
                    + " current state does not allow it")
    ResponseEntity<ProjectViews.ProjectView> transition(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProjectService.TransitionRequest request) {
        projects.transition(Actors.required(), new ProjectId(id), ifMatch, request);
        return current(id);
    }

    @PostMapping("/api/v1/projects/{id}/participants")
    @Operation(summary = "Add a participant; once proposed, it is asked to consent and is not bound before")
    ResponseEntity<ProjectViews.ProjectView> addParticipant(
            @PathVariable UUID id, @RequestBody ProjectForm.ParticipantRequest request) {
        projects.addParticipant(Actors.required(), new ProjectId(id), request);
        return current(id);
    }

    @GetMapping("/api/v1/projects/{id}/consents")
    @Operation(summary = "Where the consent of each participant stands")
    List<ProjectViews.ParticipantView> consents(@PathVariable UUID id) {
        return views.view(views.readable(new ProjectId(id)), "en").participants();
    }

    @PostMapping("/api/v1/projects/{id}/consents")
    @Operation(
            summary = "Answer for your own party (focal points only): give, decline or withdraw with a reason",
            description = "Nobody answers for another party, the secretariat included.")
    ResponseEntity<ProjectViews.ProjectView> answer(
            @PathVariable UUID id, @RequestBody ProjectService.ConsentRequest request) {
        projects.answerConsent(Actors.required(), new ProjectId(id), request);
        return current(id);
    }

    @GetMapping("/api/v1/projects/{id}/timeline")
    @Operation(summary = "Everything that happened to a project, oldest first")
    List<ProjectStore.TimelineEntry> timeline(@PathVariable UUID id) {
        ProjectId pid = new ProjectId(id);
        views.readable(pid);
        return store.timeline(pid);
    }

    private ResponseEntity<ProjectViews.ProjectView> current(UUID id) {
        ProjectViews.ProjectView v = views.view(views.readable(new ProjectId(id)), "en");
        return ResponseEntity.ok().eTag(Versions.etag(v.version())).body(v);
    }
}
