package org.gsi.screening.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.gsi.platform.ReaderFormats;
import org.gsi.platform.Versions;
import org.gsi.platform.Visibility;
import org.gsi.screening.internal.ScreeningViews.CheckRequest;
import org.gsi.screening.internal.ScreeningViews.CheckView;
import org.gsi.screening.internal.ScreeningViews.CompareRequest;
import org.gsi.screening.internal.ScreeningViews.CompareView;
import org.gsi.screening.internal.ScreeningViews.DecisionRequest;
import org.gsi.screening.internal.ScreeningViews.ListView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Lists, checks, decisions and comparisons over the API. */
@RestController
@Tag(name = "Screening", description = "Names against the UN Security Council Consolidated List and national lists")
class ScreeningController {

    private final ListImports imports;
    private final ListQueries lists;
    private final CheckService checks;
    private final Comparisons comparisons;
    private final MessageSource messages;

    ScreeningController(
            ListImports imports,
            ListQueries lists,
            CheckService checks,
            Comparisons comparisons,
            MessageSource messages) {
        this.imports = imports;
        this.lists = lists;
        this.checks = checks;
        this.comparisons = comparisons;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/screening/lists/un", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a version of the UN Security Council Consolidated List (its own XML format)",
            description = "Secretariat administrators only (403 otherwise). The file replaces the list as its next"
                    + " version; the report names by reference number the entries added, removed, amended (with the"
                    + " fields changed) and unchanged, and every entry rejected with its line and reason. A file that"
                    + " is not well-formed XML, or in which no entry can be read, is refused (400) and changes"
                    + " nothing.")
    ImportReport importUn(@RequestParam("file") MultipartFile file) throws IOException {
        return imports.importUn(Actors.required(), bytes(file), file.getOriginalFilename())
                .said(ReaderFormats.current(messages));
    }

    @PostMapping(value = "/api/v1/screening/lists/national", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a version of a national list of your party",
            description = "Focal points only. format xml (the UN list's format) or csv (columns reference, type, name"
                    + " and optional aliases, original_script_name, birth_dates, birth_places, nationalities,"
                    + " documents, addresses, designations, regime, listed_on, comments; several values separated by"
                    + " |). visibility public, participants (with the parties named) or owner.")
    ImportReport importNational(
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "Short code of the list, unique for your party") @RequestParam String code,
            @RequestParam String title,
            @RequestParam(defaultValue = "xml") String format,
            @RequestParam(defaultValue = "owner") String visibility,
            @RequestParam(required = false) List<String> participants)
            throws IOException {
        return imports.importNational(
                        Actors.required(),
                        code,
                        title,
                        Visibility.parse(visibility),
                        participants == null ? List.of() : participants,
                        format,
                        bytes(file),
                        file.getOriginalFilename())
                .said(ReaderFormats.current(messages));
    }

    @GetMapping("/api/v1/screening/lists")
    @Operation(summary = "The lists you may see, each with its current version, date and numbers of entries")
    List<ListView> lists() {
        return lists.visible(Actors.required().partyCode());
    }

    @GetMapping("/api/v1/screening/lists/{list}/versions/{number}")
    @Operation(summary = "The change report of a version of a list you may see")
    ImportReport version(@PathVariable String list, @PathVariable int number) {
        return lists.reportView(Actors.required().partyCode(), list, number);
    }

    @GetMapping("/api/v1/screening/lists/{list}/entries/{reference}")
    @Operation(summary = "An entry of a list you may see, as listed now, with its history version by version")
    ListQueries.EntryView entry(@PathVariable String list, @PathVariable String reference) {
        return lists.entry(Actors.required().partyCode(), list, reference);
    }

    @PostMapping("/api/v1/screening/checks")
    @Operation(
            summary = "Check a name against the lists",
            description = "Candidates ranked by score (0 to 1) with an explanation in words and numbers: which name"
                    + " parts matched how, what the date of birth and nationality added or took away. A candidate at"
                    + " or above the threshold is a possible match for a person to decide on, never a verdict. The"
                    + " check is stored (who asked, what, list versions, candidates) and seen by your party and the"
                    + " secretariat only.")
    ResponseEntity<CheckView> check(@RequestBody CheckRequest request, Locale locale) {
        if (request == null) {
            throw new InvalidInputException("name", Message.of("screening.refused.name"));
        }
        Check c = checks.check(Actors.required(), request);
        return ResponseEntity.created(URI.create("/api/v1/screening/checks/" + c.id()))
                .eTag(Versions.etag(c.version()))
                .body(checks.view(c, locale));
    }

    @GetMapping("/api/v1/screening/checks")
    @Operation(summary = "Checks of your party (every party's for the secretariat), newest first")
    PageView<CheckView> checks(
            @RequestParam(required = false) String purpose,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return checks.list(Actors.required().partyCode(), purpose, page, size).map(c -> checks.view(c, locale));
    }

    @GetMapping("/api/v1/screening/checks/{id}")
    @Operation(summary = "A check with its candidates and decisions; 404 unless your party asked it")
    ResponseEntity<CheckView> get(@PathVariable UUID id, Locale locale) {
        Check c = checks.get(Actors.required().partyCode(), id);
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(checks.view(c, locale));
    }

    @PostMapping("/api/v1/screening/checks/{id}/decisions")
    @Operation(
            summary = "Record a decision on a check: no-match, true-match (naming the candidate) or needs-review",
            description = "Focal points of the party that asked. Send If-Match with the check's ETag (428 without, 412"
                    + " when someone decided meanwhile).")
    ResponseEntity<CheckView> decide(
            @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DecisionRequest request,
            Locale locale) {
        Check c = checks.decide(
                Actors.required(),
                id,
                ifMatch,
                null,
                request == null ? new DecisionRequest(null, null, null) : request);
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(checks.view(c, locale));
    }

    @PostMapping("/api/v1/screening/compare")
    @Operation(
            summary = "Compare two names (with type, date of birth, nationality) as a check would",
            description = "Side b is taken as the listed one. Answers the score, whether it reaches the default"
                    + " threshold (match) and the explanation. Nothing is stored.")
    CompareView compare(@RequestBody CompareRequest request, Locale locale) {
        Actors.required();
        return comparisons.compare(request, locale);
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", Message.of("form.refused.fileEmpty"));
        }
        return file.getBytes();
    }
}
