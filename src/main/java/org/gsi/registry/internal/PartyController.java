package org.gsi.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.gsi.registry.MembershipView;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartySummary;
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
@Tag(name = "Registry", description = "Parties, mechanisms and memberships")
class PartyController {

    private final RegistryService registry;
    private final ContactService contacts;

    PartyController(RegistryService registry, ContactService contacts) {
        this.registry = registry;
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/parties")
    @Operation(summary = "Search parties", description = "Filters combine; names are matched in all six languages.")
    PageView<PartySummary> list(
            @Parameter(description = "text in any name or code") @RequestParam(required = false) String q,
            @Parameter(description = "state, territory, organisation, forum, institution, ngo")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "M49 code of a region, sub-region or intermediate region, e.g. 142 (Asia)")
                    @RequestParam(required = false)
                    String region,
            @Parameter(description = "ldc, lldc, sids, un-member, un-observer") @RequestParam(required = false)
                    String grouping,
            @Parameter(description = "code of a mechanism: its current members, observers and partners")
                    @RequestParam(required = false)
                    String mechanism,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "name (in the language asked for, by its collation), code, kind or region")
                    @RequestParam(defaultValue = "name")
                    String sort,
            @Parameter(description = "asc or desc") @RequestParam(defaultValue = "asc") String dir) {
        if (!PartyQuery.SORTS.contains(sort)) {
            throw new InvalidInputException(
                    "sort", Message.of("lists.refused.sort", String.join(", ", PartyQuery.SORTS)));
        }
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new InvalidInputException("dir", Message.of("lists.refused.dir"));
        }
        return registry.search(new PartyQuery(
                q,
                kind == null || kind.isBlank() ? null : PartyKind.parse(kind),
                region,
                grouping,
                mechanism,
                lang,
                page,
                size,
                sort,
                dir.equals("desc")));
    }

    @GetMapping("/api/v1/parties/{code}")
    @Operation(
            summary = "One party",
            description = "By ISO alpha-3 (also alpha-2 or M49) for countries, by slug for" + " the others")
    ResponseEntity<PartySummary> get(@PathVariable String code) {
        PartySummary p = registry.require(code);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(p);
    }

    @PostMapping("/api/v1/parties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an organisation, forum, institution or NGO (secretariat administrators)")
    PartySummary register(@RequestBody RegistryService.RegisterPartyRequest request) {
        return registry.register(Actors.required(), request);
    }

    @PutMapping("/api/v1/parties/{code}")
    @Operation(summary = "Update names and description (secretariat administrators); needs If-Match")
    ResponseEntity<PartySummary> update(
            @PathVariable String code,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RegistryService.UpdatePartyRequest request) {
        PartySummary p = registry.update(Actors.required(), code, ifMatch, request);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(p);
    }

    @GetMapping("/api/v1/parties/{code}/memberships")
    @Operation(summary = "Memberships of a party, or members of a mechanism, with their whole history")
    List<MembershipView> memberships(@PathVariable String code) {
        return registry.memberships(code);
    }

    @GetMapping("/api/v1/mechanisms")
    @Operation(summary = "Organisations and forums that are mechanisms of cooperation (IV.1 to IV.5)")
    List<PartySummary> mechanisms() {
        return registry.mechanisms();
    }

    @GetMapping("/api/v1/mechanisms/{code}/statuses")
    @Operation(summary = "Current status of each member of a mechanism, by party code")
    Map<String, String> statuses(@PathVariable String code) {
        return registry.statusesIn(code);
    }

    @PostMapping("/api/v1/mechanisms/{code}/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a membership change with its effective date (secretariat administrators)")
    MembershipView recordMembership(
            @PathVariable String code, @RequestBody RegistryService.RecordMembershipRequest request) {
        return registry.recordMembership(Actors.required(), code, request);
    }

    @GetMapping("/api/v1/parties/{code}/contacts")
    @Operation(summary = "Contact points of a party that you may read")
    List<ContactService.ContactView> contacts(@PathVariable String code) {
        return contacts.list(code);
    }

    @PostMapping("/api/v1/parties/{code}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact point of your own party")
    ContactService.ContactView addContact(
            @PathVariable String code, @RequestBody ContactService.ContactRequest request) {
        return contacts.add(Actors.required(), code, request);
    }

    @GetMapping("/api/v1/contacts/{id}")
    ResponseEntity<ContactService.ContactView> contact(@PathVariable UUID id) {
        var c = contacts.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(c);
    }

    @PutMapping("/api/v1/contacts/{id}")
    @Operation(summary = "Change a contact point of your own party; needs If-Match")
    ResponseEntity<ContactService.ContactView> updateContact(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ContactService.ContactRequest request) {
        var c = contacts.update(Actors.required(), id, ifMatch, request);
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(c);
    }

    @DeleteMapping("/api/v1/contacts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteContact(@PathVariable UUID id) {
        contacts.delete(Actors.required(), id);
    }
}
