package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.Message;
import org.gsi.platform.ReaderFormats;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * IATI import over the API. By default the import runs while the request waits and answers with the full report;
 * with {@code Prefer: respond-async} it answers 202 at once with a job to poll for progress and, at the end, the
 * report. Files up to {@code gsi.max-import-size} (50 MB by default) are accepted, raw or as a form upload.
 */
@RestController
@Tag(name = "IATI and exports")
class IatiImportController {

    private static final String ASYNC = "respond-async";

    private final IatiService iati;
    private final IatiImports imports;

    private final MessageSource messages;

    IatiImportController(IatiService iati, IatiImports imports, MessageSource messages) {
        this.iati = iati;
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(
            value = "/api/v1/imports/iati",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/octet-stream"})
    @Operation(
            summary = "Import an IATI 2.03 activity file as projects of your party",
            description = "Idempotent on iati-identifier: a re-import updates. One transaction per activity; the"
                    + " report lists each activity imported, updated or rejected with line and reason. With"
                    + " 'Prefer: respond-async' the answer is 202 with a job (Location) showing progress.")
    ResponseEntity<?> importXml(
            HttpServletRequest request,
            @RequestParam(required = false) String priorityArea,
            @Parameter(description = "respond-async to import in the background") @RequestHeader(required = false)
                    String prefer)
            throws IOException {
        try (InputStream in = request.getInputStream()) {
            return answer(in, "iati.xml", priorityArea, prefer);
        }
    }

    @PostMapping(value = "/api/v1/imports/iati", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an IATI 2.03 activity file sent as a form upload (field 'file')")
    ResponseEntity<?> importUpload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String priorityArea,
            @RequestHeader(required = false) String prefer)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return answer(in, file.getOriginalFilename(), priorityArea, prefer);
        }
    }

    /**
     * A file the platform could not queue (its database failed meanwhile): 503 with the reason in the reader's
     * language; nothing of the file was kept, so sending it again is safe.
     */
    @ExceptionHandler(IatiImports.NotQueued.class)
    ResponseEntity<ProblemDetail> notQueued(IatiImports.NotQueued e) {
        ReaderFormats words = ReaderFormats.current(messages);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, words.text(e.words()));
        problem.setType(URI.create("/problems/not-queued"));
        problem.setTitle(words.text(Message.of("cooperation.iati.notQueuedTitle")));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem);
    }

    @GetMapping("/api/v1/imports/iati/{id}")
    @Operation(summary = "Progress of a background import and, once done, its report; 404 for another party's")
    ImportJob.ImportJobView job(@PathVariable UUID id) {
        return imports.find(Actors.readerParty(), id);
    }

    private ResponseEntity<?> answer(InputStream in, String fileName, String area, String prefer) {
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains(ASYNC)) {
            ImportJob.ImportJobView job = imports.start(Actors.required(), in, fileName, area);
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .location(URI.create("/api/v1/imports/iati/" + job.id()))
                    .header("Preference-Applied", ASYNC)
                    .body(job);
        }
        return ResponseEntity.ok(
                ImportJob.ReportView.of(iati.importFile(Actors.required(), in, area), ReaderFormats.current(messages)));
    }
}
