package org.gsi.earlywarning.internal.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/events/imports")
@Tag(name = "Event imports", description = "Asynchronous imports of UCDP GED, ACLED, GDELT and incident report files")
class EventImportController {

    private final EventImportService imports;

    EventImportController(EventImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Queue a file for import (multipart field 'file', plain or gzip-compressed; optional 'format':"
                    + " ucdp-ged, acled, gdelt1, gdelt2 or incidents, detected from the content when left out;"
                    + " 'replacePeriod=true' retracts the stored events of the file's source and period that the"
                    + " file no longer holds). The events of a public source are imported only by the secretariat"
                    + " and that source's data stewards (403 for others); incident reports are the importing"
                    + " party's own. Answers 202 with the job; 409 while the same file is still being imported.")
    ResponseEntity<ImportJobView> submit(
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "format", required = false) String format,
            @RequestParam(value = "replacePeriod", defaultValue = "false") boolean replacePeriod)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", Message.of("earlywarning.refused.noFile"));
        }
        ImportJobView job;
        try (InputStream in = file.getInputStream()) {
            job = imports.submit(Actors.required(), file.getOriginalFilename(), in, format, replacePeriod);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/events/imports/" + job.id()))
                .body(job);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "An import job: status, counts (read = imported + updated + unchanged + rejected; warnings and"
                    + " retracted apart), its first 1,000 rejected rows with line, kind, arguments and reason and its"
                    + " first 1,000 warnings with line, field, kind, arguments and message; reasons and messages in"
                    + " the reader's language (a row rejected by an older version has no kind, and its reason as"
                    + " stored)")
    ImportJobView job(@PathVariable UUID id) {
        Actors.required();
        return imports.job(id);
    }

    @GetMapping
    @Operation(summary = "The 50 most recent import jobs (without their rejected rows)")
    List<ImportJobView> recent() {
        Actors.required();
        return imports.recent(50);
    }
}
