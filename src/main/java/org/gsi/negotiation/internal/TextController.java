package org.gsi.negotiation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.ParagraphNumber;
import org.gsi.negotiation.Stance;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Negotiated texts", description = "Paragraphs, bracketed amendments, positions, readings and adoption")
class TextController {

    private final NegotiationService service;
    private final TextEvents live;

    TextController(NegotiationService service, TextEvents live) {
        this.service = service;
        this.live = live;
    }

    record AddParagraphRequest(String number, String text) {}

    record AmendmentRequest(
            String paragraph, String kind, Integer start, Integer end, String text, Long baseRevision) {}

    record PositionRequest(String stance, String reason, UUID option) {}

    record AdoptRequest(String decision) {}

    record ReadingRequest(String label) {}

    record AmendmentView(UUID option, TextViews.ParagraphView paragraph, long version) {}

    @GetMapping("/api/v1/texts")
    @Operation(
            summary = "Texts you may read",
            description = "Filter by words in the title or paragraphs, status, track")
    PageView<TextViews.TextSummaryView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID track,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.list(Actors.readerParty(), q, status, track, page, size).map(TextViews.TextSummaryView::of);
    }

    @PostMapping("/api/v1/texts")
    @Operation(summary = "Open a text for negotiation", description = "With its participants, facilitator and rule")
    ResponseEntity<TextViews.TextView> create(@RequestBody NegotiationService.CreateTextRequest request) {
        TextHead head = service.create(Actors.required(), request, false);
        TextViews.TextView view = view(head.id());
        return ResponseEntity.created(URI.create("/api/v1/texts/" + head.id()))
                .eTag(Versions.etag(view.version()))
                .body(view);
    }

    @GetMapping("/api/v1/texts/{id}")
    @Operation(summary = "A text with its paragraphs, brackets, options and positions")
    ResponseEntity<TextViews.TextView> get(@PathVariable UUID id) {
        TextViews.TextView view = view(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/api/v1/texts/{id}/paragraphs")
    @Operation(summary = "The facilitator adds a paragraph (If-Match required)")
    ResponseEntity<TextViews.ParagraphView> addParagraph(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody AddParagraphRequest r) {
        String number = number(r.number());
        var result =
                service.execute(Actors.required(), id, new TextCommand.AddParagraph(number, r.text()), ifMatch, true);
        return ResponseEntity.created(URI.create("/api/v1/texts/" + id + "/paragraphs/" + number))
                .eTag(Versions.etag(result.version()))
                .body(paragraph(id, number));
    }

    @GetMapping("/api/v1/texts/{id}/paragraphs/{number}")
    @Operation(summary = "One paragraph with its revision")
    TextViews.ParagraphView paragraphOf(@PathVariable UUID id, @PathVariable String number) {
        return paragraph(id, number(number));
    }

    @PostMapping("/api/v1/texts/{id}/amendments")
    @Operation(
            summary = "Propose an amendment",
            description = "insert, delete or replace a span of a paragraph read at baseRevision, or add a paragraph;"
                    + " a stale baseRevision is refused with 409 and the newer text. The paragraph's revision, not"
                    + " If-Match, is the precondition, so that parties amend different paragraphs at the same time.")
    ResponseEntity<AmendmentView> propose(@PathVariable UUID id, @RequestBody AmendmentRequest r) {
        String number = number(r.paragraph());
        AmendmentKind kind = kind(r.kind());
        if (kind != AmendmentKind.ADD_PARAGRAPH && r.baseRevision() == null) {
            throw new InvalidInputException("baseRevision", Message.of("negotiation.refused.baseRevision"));
        }
        int start = r.start() == null ? 0 : r.start();
        int end = r.end() == null ? start : r.end();
        UUID option = UUID.randomUUID();
        var command = new TextCommand.Propose(
                number, r.baseRevision() == null ? 0 : r.baseRevision(), kind, start, end, r.text(), option);
        var result = service.execute(Actors.required(), id, command, null, false);
        TextViews.ParagraphView p = paragraph(id, number);
        UUID actual = findOption(p, r.text(), option);
        return ResponseEntity.status(201)
                .eTag(Versions.etag(result.version()))
                .body(new AmendmentView(actual, p, result.version()));
    }

    @PostMapping("/api/v1/texts/{id}/paragraphs/{number}/amendments/{option}/withdrawal")
    @Operation(summary = "Withdraw your party's support for an amendment")
    TextViews.ParagraphView withdraw(@PathVariable UUID id, @PathVariable String number, @PathVariable UUID option) {
        String n = number(number);
        service.execute(Actors.required(), id, new TextCommand.Withdraw(n, option), null, false);
        return paragraph(id, n);
    }

    @PutMapping("/api/v1/texts/{id}/paragraphs/{number}/positions/{party}")
    @Operation(
            summary = "State your party's position on a paragraph or one option in it",
            description = "Only the party's own focal point; endorse, support, can-live-with, reservation (with"
                    + " reason), cannot-accept (with reason)")
    ResponseEntity<TextViews.ParagraphView> position(
            @PathVariable UUID id,
            @PathVariable String number,
            @PathVariable String party,
            @RequestBody PositionRequest r) {
        Actor actor = Actors.required();
        String n = number(number);
        if (!actor.partyCode().equals(party)) {
            service.head(actor.partyCode(), id);
            throw new ForbiddenException(
                    "You act for " + actor.partyCode() + "; only " + party + "'s focal point states its position.",
                    "state-position",
                    NegotiationService.TYPE,
                    id.toString(),
                    party);
        }
        var result = service.execute(
                actor, id, new TextCommand.State(n, r.option(), stance(r.stance()), r.reason()), null, false);
        return ResponseEntity.ok().eTag(Versions.etag(result.version())).body(paragraph(id, n));
    }

    @PostMapping("/api/v1/texts/{id}/paragraphs/{number}/clean")
    @Operation(summary = "The facilitator cleans the brackets of an agreed paragraph (If-Match required)")
    ResponseEntity<TextViews.ParagraphView> clean(
            @PathVariable UUID id,
            @PathVariable String number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String n = number(number);
        var result = service.execute(Actors.required(), id, new TextCommand.Clean(n), ifMatch, true);
        return ResponseEntity.ok().eTag(Versions.etag(result.version())).body(paragraph(id, n));
    }

    @PostMapping("/api/v1/texts/{id}/adoption")
    @Operation(summary = "The facilitator records adoption when every paragraph is agreed (If-Match required)")
    ResponseEntity<TextViews.TextView> adopt(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) AdoptRequest r) {
        service.execute(Actors.required(), id, new TextCommand.Adopt(r == null ? null : r.decision()), ifMatch, true);
        TextViews.TextView view = view(id);
        return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
    }

    @PostMapping("/api/v1/texts/{id}/readings")
    @Operation(summary = "The facilitator freezes a reading")
    ResponseEntity<List<TextViews.ReadingView>> freeze(
            @PathVariable UUID id, @RequestBody(required = false) ReadingRequest r) {
        var result =
                service.execute(Actors.required(), id, new TextCommand.Freeze(r == null ? "" : r.label()), null, false);
        return ResponseEntity.status(201).eTag(Versions.etag(result.version())).body(view(id).readings());
    }

    @GetMapping("/api/v1/texts/{id}/readings")
    @Operation(summary = "The frozen readings of a text")
    List<TextViews.ReadingView> readings(@PathVariable UUID id) {
        return view(id).readings();
    }

    @GetMapping("/api/v1/texts/{id}/compare")
    @Operation(
            summary = "Compare two versions paragraph by paragraph",
            description = "from and to are reading numbers; 0 is the text as it stands. basis: compilation or clean")
    List<Comparisons.ParagraphChangeView> compare(
            @PathVariable UUID id,
            @RequestParam int from,
            @RequestParam(defaultValue = "0") int to,
            @RequestParam(defaultValue = "compilation") String basis) {
        return service.read(Actors.readerParty(), id, t -> Comparisons.compare(t, from, to, basis, Instant.now()));
    }

    @GetMapping("/api/v1/texts/{id}/comfort-map")
    @Operation(summary = "Parties × paragraphs by stance, with counts and where to work next")
    ComfortMapView comfortMap(@PathVariable UUID id) {
        return service.read(Actors.readerParty(), id, ComfortMapView::of);
    }

    @GetMapping(value = "/api/v1/texts/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live changes of a text (server-sent events)")
    SseEmitter events(@PathVariable UUID id, jakarta.servlet.http.HttpServletResponse response) {
        TextHead head = service.head(Actors.readerParty(), id);
        // a reverse proxy that buffers responses (nginx) passes this stream through at once
        response.setHeader("X-Accel-Buffering", "no");
        return live.subscribe(id, head.version());
    }

    private TextViews.TextView view(UUID id) {
        return service.readWithHead(Actors.readerParty(), id, TextViews::of);
    }

    private TextViews.ParagraphView paragraph(UUID id, String number) {
        ParagraphNumber n = ParagraphNumber.parse(number);
        return service.read(Actors.readerParty(), id, t -> {
            try {
                return TextViews.paragraph(t, t.paragraph(n));
            } catch (UnknownParagraphException e) {
                throw new NotFoundException("paragraph", number);
            }
        });
    }

    private static UUID findOption(TextViews.ParagraphView p, String text, UUID proposed) {
        Optional<UUID> same = p.brackets().stream()
                .flatMap(b -> b.options().stream())
                .filter(o -> o.id().equals(proposed))
                .map(TextViews.OptionView::id)
                .findFirst();
        if (same.isPresent() || p.addition() != null && p.addition().id().equals(proposed)) {
            return proposed;
        }
        String wanted = text == null ? "" : text.strip();
        return p.brackets().stream()
                .flatMap(b -> b.options().stream())
                .filter(o -> o.text().equals(wanted))
                .map(TextViews.OptionView::id)
                .findFirst()
                .orElse(p.addition() == null ? proposed : p.addition().id());
    }

    static String number(String number) {
        try {
            return ParagraphNumber.parse(number).label();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("number", Message.of("negotiation.refused.paragraphNumber"));
        }
    }

    static AmendmentKind kind(String kind) {
        try {
            return AmendmentKind.valueOf(
                    kind.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException("kind", Message.of("negotiation.refused.kind"));
        }
    }

    static Stance stance(String stance) {
        try {
            return Stance.valueOf(
                    stance.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new InvalidInputException("stance", Message.of("negotiation.refused.stance"));
        }
    }
}
