package org.gsi.commitments.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.gsi.commitments.internal.CommitmentViews.DeliveryRequest;
import org.gsi.commitments.internal.CommitmentViews.DeliveryView;
import org.gsi.commitments.internal.CommitmentViews.PledgeDetail;
import org.gsi.commitments.internal.CommitmentViews.PledgeRequest;
import org.gsi.commitments.internal.CommitmentViews.PledgeUpdate;
import org.gsi.commitments.internal.CommitmentViews.PledgeView;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Commitments", description = "Pledges, their deliveries and computed progress")
class CommitmentController {

    private final CommitmentService service;

    CommitmentController(CommitmentService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/commitments")
    @Operation(summary = "Pledges you may read", description = "Status and progress are computed from deliveries.")
    PageView<PledgeView> list(
            @Parameter(description = "pledging party") @RequestParam(required = false) String party,
            @Parameter(description = "priority area, e.g. III.1") @RequestParam(required = false) String area,
            @Parameter(description = "training_places, money, items, experts, days") @RequestParam(required = false)
                    String unit,
            @Parameter(description = "a beneficiary party") @RequestParam(required = false) String beneficiary,
            @Parameter(description = "status today: on_track, behind, met, lapsed") @RequestParam(required = false)
                    String status,
            @Parameter(description = "a year the pledge's period overlaps, e.g. 2026") @RequestParam(required = false)
                    String period,
            @Parameter(description = "date (the period's start, the default), party, area, amount or status")
                    @RequestParam(defaultValue = "date")
                    String sort,
            @Parameter(description = "asc or desc (the default)") @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PledgeFilter filter = PledgeFilter.of(party, area, unit, beneficiary, status, period);
        if (!PledgeStore.ORDERS.containsKey(sort)) {
            throw new InvalidInputException(
                    "sort",
                    Message.of(
                            "lists.refused.sort",
                            String.join(", ", new java.util.TreeSet<>(PledgeStore.ORDERS.keySet()))));
        }
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new InvalidInputException("dir", Message.of("lists.refused.dir"));
        }
        return service.list(filter, Actors.readerParty(), sort, dir.equals("desc"), page, size);
    }

    @PostMapping("/api/v1/commitments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a pledge for your party (focal points)")
    ResponseEntity<PledgeView> create(@RequestBody PledgeRequest request) {
        PledgeView p = service.create(Actors.required(), request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(Versions.etag(p.version()))
                .body(p);
    }

    @GetMapping("/api/v1/commitments/{id}")
    @Operation(summary = "One pledge")
    ResponseEntity<PledgeView> get(@PathVariable UUID id) {
        PledgeView p = service.get(id, Actors.readerParty());
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(p);
    }

    @PutMapping("/api/v1/commitments/{id}")
    @Operation(summary = "Change a pledge's text, target, end, areas or visibility; needs If-Match")
    ResponseEntity<PledgeView> update(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody PledgeUpdate update) {
        PledgeView p = service.update(Actors.required(), id, ifMatch, update);
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(p);
    }

    @GetMapping("/api/v1/commitments/{id}/progress")
    @Operation(summary = "The pledge, its ledger and its progress against the linear path to the target")
    PledgeDetail progress(@PathVariable UUID id) {
        return service.detail(id, Actors.readerParty());
    }

    @GetMapping("/api/v1/commitments/{id}/deliveries")
    @Operation(summary = "Deliveries reported against a pledge")
    List<DeliveryView> deliveries(@PathVariable UUID id) {
        return service.detail(id, Actors.readerParty()).deliveries();
    }

    @PostMapping("/api/v1/commitments/{id}/deliveries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a delivery (focal points of the pledging party only)")
    DeliveryView report(@PathVariable UUID id, @RequestBody DeliveryRequest request) {
        return service.report(Actors.required(), id, request);
    }

    @PostMapping("/api/v1/commitments/{id}/deliveries/{delivery}/confirmation")
    @Operation(summary = "Confirm receipt of a delivery (focal points of the beneficiary named on it)")
    DeliveryView confirm(@PathVariable UUID id, @PathVariable UUID delivery) {
        return service.confirm(Actors.required(), id, delivery);
    }
}
