package org.gsi.dialogue.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Confidence-building measures", description = "Measures, implementation reports, overdue flags")
class MeasureController {

    private final MeasureService measures;

    MeasureController(MeasureService measures) {
        this.measures = measures;
    }

    @GetMapping("/api/v1/dialogues/catalogue")
    @Operation(summary = "The catalogue of confidence-building measures in five dimensions")
    List<CatalogueEntryView> catalogue() {
        return CbmCatalogue.entries().stream()
                .map(e -> new CatalogueEntryView(
                        e.code(), DialogueViews.code(e.dimension().name()), e.title()))
                .toList();
    }

    record CatalogueEntryView(String code, String dimension, String title) {}

    @GetMapping("/api/v1/dialogues/measures")
    @Operation(summary = "Measures you may read", description = "track: of one track; overdue=true: overdue only")
    PageView<DialogueViews.MeasureView> list(
            @RequestParam(required = false) UUID track,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return measures.list(Actors.readerParty(), track, overdue, page, size)
                .map(h -> DialogueViews.measure(h, measures.rebuild(h), today));
    }

    @PostMapping("/api/v1/dialogues/measures")
    @Operation(summary = "Agree a measure in a track, or choose one from the catalogue")
    ResponseEntity<DialogueViews.MeasureView> create(@RequestBody MeasureService.MeasureRequest r) {
        MeasureHead head = measures.create(Actors.required(), r, false);
        return ResponseEntity.created(URI.create("/api/v1/dialogues/measures/" + head.id()))
                .eTag(Versions.etag(head.version()))
                .body(view(head.id()));
    }

    @GetMapping("/api/v1/dialogues/measures/{id}")
    @Operation(summary = "A measure with its implementation reports")
    DialogueViews.MeasureView get(@PathVariable UUID id) {
        return view(id);
    }

    @PostMapping("/api/v1/dialogues/measures/{id}/reports")
    @Operation(summary = "Report implementation (focal point of an implementing party only)")
    ResponseEntity<DialogueViews.MeasureView> report(
            @PathVariable UUID id, @RequestBody MeasureService.ReportRequest r) {
        MeasureHead head = measures.report(Actors.required(), id, r);
        return ResponseEntity.status(201).eTag(Versions.etag(head.version())).body(view(id));
    }

    private DialogueViews.MeasureView view(UUID id) {
        MeasureHead head = measures.head(Actors.readerParty(), id);
        return DialogueViews.measure(head, measures.rebuild(head), LocalDate.now(ZoneOffset.UTC));
    }
}
