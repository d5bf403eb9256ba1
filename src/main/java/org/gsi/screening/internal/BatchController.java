package org.gsi.screening.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.PageView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Batches of names and names kept under watch, over the API. */
@RestController
@Tag(name = "Screening")
class BatchController {

    private final BatchService batches;
    private final SavedNames saved;
    private final MessageSource messages;

    BatchController(BatchService batches, SavedNames saved, MessageSource messages) {
        this.batches = batches;
        this.saved = saved;
        this.messages = messages;
    }

    record RejectedRow(int line, String reference, String reason) {}

    record BatchView(
            UUID id,
            String state,
            String fileName,
            int total,
            int done,
            int rejected,
            int withPossibleMatches,
            int percent,
            double threshold,
            List<String> lists,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            String error,
            List<RejectedRow> rejectedRows,
            String result) {}

    record SubjectView(
            UUID id,
            String kind,
            String owner,
            String name,
            String type,
            String birthDate,
            String nationality,
            String context,
            String link,
            UUID lastCheck,
            String screenedOn) {}

    @PostMapping(value = "/api/v1/screening/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Check a CSV of names in the background",
            description = "Columns: name (required), type, birth_date, nationality, reference (your id of the row)."
                    + " Rows that break a rule are rejected with their line and reason; the others are checked. Answers"
                    + " 202 with the job; GET it for progress and, once done, result.csv.")
    ResponseEntity<BatchView> submit(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Double threshold,
            @RequestParam(required = false) List<String> lists,
            Locale locale)
            throws IOException {
        var b = batches.submit(
                Actors.required(), ScreeningController.bytes(file), file.getOriginalFilename(), threshold, lists);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/screening/batches/" + b.id()))
                .body(view(b, locale));
    }

    @PostMapping(
            value = "/api/v1/screening/batches",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Check a CSV of names sent as the request body (text/csv)")
    ResponseEntity<BatchView> submitCsv(
            HttpServletRequest request,
            @RequestParam(required = false) Double threshold,
            @RequestParam(required = false) List<String> lists,
            Locale locale)
            throws IOException {
        var b = batches.submit(Actors.required(), request.getInputStream().readAllBytes(), "", threshold, lists);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/screening/batches/" + b.id()))
                .body(view(b, locale));
    }

    @GetMapping("/api/v1/screening/batches")
    @Operation(summary = "Batches of your party (every party's for the secretariat), newest first")
    PageView<BatchView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        return batches.list(Actors.required().partyCode(), page, size).map(b -> view(b, locale, List.of()));
    }

    @GetMapping("/api/v1/screening/batches/{id}")
    @Operation(summary = "Progress of a batch, its rejected rows and, once done, the address of its result")
    BatchView get(@PathVariable UUID id, Locale locale) {
        return view(batches.find(Actors.required().partyCode(), id), locale);
    }

    @GetMapping(value = "/api/v1/screening/batches/{id}/result.csv", produces = "text/csv")
    @Operation(summary = "The result of a batch as CSV: one row per line of the file")
    ResponseEntity<String> result(@PathVariable UUID id, Locale locale) {
        String csv = batches.resultCsv(Actors.required().partyCode(), id, code -> reason(code, locale));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"screening-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv);
    }

    @PostMapping("/api/v1/screening/saved-names")
    @Operation(
            summary = "Keep a name under watch",
            description = "Screened at once and again whenever a list changes; your focal points are notified of new"
                    + " possible matches.")
    ResponseEntity<SubjectView> save(@RequestBody SavedNames.SavedNameRequest request) {
        var s = saved.save(
                Actors.required(),
                request == null ? new SavedNames.SavedNameRequest(null, null, null, null, null) : request);
        return ResponseEntity.created(URI.create("/api/v1/screening/saved-names/" + s.id()))
                .body(subject(s));
    }

    @GetMapping("/api/v1/screening/saved-names")
    @Operation(
            summary = "Names under watch: saved ones and the platform's own people (kind saved, trainee, delegate,"
                    + " contact, partner)")
    PageView<SubjectView> watched(
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return saved.list(Actors.required().partyCode(), kind, page, size).map(BatchController::subject);
    }

    @GetMapping("/api/v1/screening/saved-names/{id}")
    SubjectView watchedName(@PathVariable UUID id) {
        return subject(saved.get(Actors.required().partyCode(), id));
    }

    @DeleteMapping("/api/v1/screening/saved-names/{id}")
    @Operation(summary = "Stop watching a saved name")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        saved.remove(Actors.required(), id);
        return ResponseEntity.noContent().build();
    }

    BatchView view(BatchStore.BatchRow b, Locale locale) {
        List<RejectedRow> rejected = batches.rejected(Actors.required().partyCode(), b.id(), 1000).stream()
                .map(l -> new RejectedRow(l.line(), l.clientRef(), reason(l.reason(), locale)))
                .toList();
        return view(b, locale, rejected);
    }

    BatchView view(BatchStore.BatchRow b, Locale locale, List<RejectedRow> rejected) {
        int toCheck = b.total() - b.rejected();
        int percent = b.finished() ? 100 : toCheck <= 0 ? 0 : Math.min(99, b.done() * 100 / toCheck);
        return new BatchView(
                b.id(),
                b.state().toLowerCase(Locale.ROOT),
                b.fileName(),
                b.total(),
                b.done(),
                b.rejected(),
                b.possible(),
                percent,
                b.threshold(),
                b.lists(),
                b.createdAt(),
                b.startedAt(),
                b.finishedAt(),
                b.error(),
                rejected,
                b.state().equals("DONE") ? "/api/v1/screening/batches/" + b.id() + "/result.csv" : null);
    }

    String reason(String code, Locale locale) {
        return messages.getMessage("screening.batch.reject." + code, null, code, locale);
    }

    static SubjectView subject(SubjectStore.Subject s) {
        return new SubjectView(
                s.id(),
                s.kind().name().toLowerCase(Locale.ROOT),
                s.owner(),
                s.name(),
                s.type().toLowerCase(Locale.ROOT),
                s.birthDate(),
                s.nationality(),
                s.context(),
                s.link(),
                s.lastCheck(),
                s.screenedOn());
    }
}
