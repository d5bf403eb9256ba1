package org.gsi.sharing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.gsi.sharing.internal.stix.BundleReader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sharing API: collections, sharing groups, bundles, objects, onward sharing, links, published incidents. */
@RestController
@Tag(
        name = "Sharing",
        description = "STIX 2.1 objects under TLP 2.0 markings, sharing groups (TAXII 2.1 under /taxii2/)")
class SharingController {

    record MemberRequest(String party) {}

    record PassOnRequest(String party, String sender) {}

    record LinkRequest(String kind, UUID id, String sender) {}

    record PublishIncidentRequest(String reportId, UUID collection, String tlp) {}

    record CollectionView(UUID id, String title, String description, boolean canRead, boolean canWrite, String kind) {}

    record StatusView(
            UUID id,
            UUID collection,
            String source,
            java.time.Instant requestTimestamp,
            int total,
            int accepted,
            int rejected,
            List<OutcomeView> objects) {}

    record OutcomeView(int index, String id, String version, boolean accepted, String reason, String reasonKey) {}

    private final Collections collections;
    private final GroupService groups;
    private final Ingest ingest;
    private final ObjectViews views;
    private final StatusStore statuses;
    private final IncidentPublisher incidents;

    SharingController(
            Collections collections,
            GroupService groups,
            Ingest ingest,
            ObjectViews views,
            StatusStore statuses,
            IncidentPublisher incidents) {
        this.collections = collections;
        this.groups = groups;
        this.ingest = ingest;
        this.views = views;
        this.statuses = statuses;
        this.incidents = incidents;
    }

    @GetMapping("/api/v1/sharing/collections")
    @Operation(summary = "The collections the caller may see (also anonymous: parties' public collections)")
    List<CollectionView> collections() {
        return collections.visibleTo(Actors.current()).stream()
                .map(c -> new CollectionView(
                        c.id(), c.title(), c.description(), c.canRead(), c.canWrite(), c.isGroup() ? "group" : "party"))
                .toList();
    }

    @GetMapping("/api/v1/sharing/groups")
    @Operation(summary = "The sharing groups of the caller's party")
    List<GroupService.GroupView> groups() {
        return groups.mine(Actors.required());
    }

    @PostMapping("/api/v1/sharing/groups")
    @Operation(summary = "Open a sharing group owned by the caller's party")
    ResponseEntity<GroupService.GroupView> create(@RequestBody GroupService.CreateGroupRequest r) {
        var g = groups.create(Actors.required(), r, false);
        return ResponseEntity.created(URI.create("/api/v1/sharing/groups/" + g.id()))
                .eTag(Versions.etag(g.version()))
                .body(g);
    }

    @GetMapping("/api/v1/sharing/groups/{id}")
    @Operation(summary = "A sharing group with the members the caller may see (404 for non-members)")
    ResponseEntity<GroupService.GroupView> group(@PathVariable UUID id) {
        var g = groups.get(Actors.required(), id);
        return ResponseEntity.ok().eTag(Versions.etag(g.version())).body(g);
    }

    @PutMapping("/api/v1/sharing/groups/{id}")
    @Operation(summary = "Rename a group or let its members see each other (owner; If-Match required)")
    ResponseEntity<GroupService.GroupView> update(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody GroupService.UpdateGroupRequest r) {
        Actor actor = Actors.required();
        long current = groups.get(actor, id).version();
        Versions.check(ifMatch, "sharing group", id.toString(), current);
        var g = groups.update(actor, id, Versions.fromIfMatch(ifMatch).orElseThrow(), r);
        return ResponseEntity.ok().eTag(Versions.etag(g.version())).body(g);
    }

    @PostMapping("/api/v1/sharing/groups/{id}/members")
    @Operation(summary = "Add a member party (owner)")
    GroupService.GroupView addMember(@PathVariable UUID id, @RequestBody MemberRequest r) {
        return groups.addMember(Actors.required(), id, r.party());
    }

    @DeleteMapping("/api/v1/sharing/groups/{id}/members/{party}")
    @Operation(summary = "Remove a member party (owner); it no longer reads the group's AMBER and RED objects")
    GroupService.GroupView removeMember(@PathVariable UUID id, @PathVariable String party) {
        return groups.removeMember(Actors.required(), id, party);
    }

    @PostMapping(value = "/api/v1/imports/stix", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Take a STIX 2.1 bundle into a collection, object by object; the report names every rejection")
    ResponseEntity<StatusView> bundle(@RequestParam UUID collection, @RequestBody byte[] body) {
        try {
            ShareStatus s = ingest.ingest(Actors.required(), collection, body, "api");
            return ResponseEntity.created(URI.create("/api/v1/sharing/statuses/" + s.id()))
                    .body(view(s));
        } catch (BundleReader.UnreadableBundleException e) {
            throw new InvalidInputException("bundle", Message.of(e.key()));
        }
    }

    @GetMapping("/api/v1/sharing/statuses/{id}")
    @Operation(summary = "The report of a bundle the caller's party sent")
    StatusView status(@PathVariable UUID id) {
        return statuses.find(id, Actors.required().partyCode())
                .map(SharingController::view)
                .orElseThrow(() -> new NotFoundException("status", id.toString()));
    }

    @GetMapping("/api/v1/sharing/objects")
    @Operation(summary = "The latest version of each object the caller may read, newest first, with filters")
    PageView<ObjectViews.ObjectLine> objects(
            @RequestParam Map<String, String> filters,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageView.checkPaging(page, size);
        return views.browse(Actors.current(), ObjectViews.filter(filters), page, size);
    }

    @GetMapping("/api/v1/sharing/objects/{stixId}")
    @Operation(summary = "One object: its readable versions, markings, links and neighbours in the graph")
    ObjectViews.ObjectDetail object(@PathVariable String stixId, @RequestParam Optional<String> sender) {
        return views.detail(Actors.current(), stixId, sender);
    }

    @PostMapping("/api/v1/sharing/objects/{stixId}/recipients")
    @Operation(
            summary = "Let a party read it too: the sender names recipients; others only as far as the marking allows")
    Map<String, String> passOn(@PathVariable String stixId, @RequestBody PassOnRequest r) {
        GrantKind kind = views.passOn(Actors.required(), stixId, Optional.ofNullable(r.sender()), r.party());
        return Map.of("party", r.party(), "kind", kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @PostMapping("/api/v1/sharing/objects/{stixId}/links")
    @Operation(summary = "Link the object to a situation or project the caller can see")
    ResponseEntity<Void> link(@PathVariable String stixId, @RequestBody LinkRequest r) {
        ObjectLinks.Kind kind;
        try {
            kind = ObjectLinks.Kind.valueOf(String.valueOf(r.kind()).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", Message.of("sharing.error.kind"));
        }
        if (r.id() == null) {
            throw new InvalidInputException("id", Message.of("sharing.error.id"));
        }
        views.link(Actors.required(), stixId, Optional.ofNullable(r.sender()), kind, r.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/sharing/incidents")
    @Operation(
            summary = "Publish an early-warning incident report of the caller's party as STIX with the chosen marking")
    ResponseEntity<StatusView> publish(@RequestBody PublishIncidentRequest r) {
        if (r.collection() == null) {
            throw new InvalidInputException("collection", Message.of("sharing.error.collection"));
        }
        ShareStatus s = incidents.publish(Actors.required(), r.reportId(), r.collection(), Tlp.parse(r.tlp()));
        return ResponseEntity.created(URI.create("/api/v1/sharing/statuses/" + s.id()))
                .body(view(s));
    }

    static StatusView view(ShareStatus s) {
        return new StatusView(
                s.id(),
                s.collectionId(),
                s.source(),
                s.requestTimestamp(),
                s.total(),
                s.successCount(),
                s.failureCount(),
                s.outcomes().stream()
                        .map(o -> new OutcomeView(
                                o.index(),
                                o.id(),
                                o.version(),
                                o.accepted(),
                                o.reason().english(),
                                o.reason().key()))
                        .toList());
    }
}
