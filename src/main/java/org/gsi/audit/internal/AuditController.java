package org.gsi.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.gsi.audit.AuditEntry;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.CsvDownloads;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.PageView;
import org.gsi.platform.PartyNames;
import org.gsi.platform.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only audit trail")
class AuditController {

    private final AuditService audit;
    private final CsvDownloads downloads;
    private final PartyNames partyNames;

    AuditController(AuditService audit, CsvDownloads downloads, PartyNames partyNames) {
        this.audit = audit;
        this.downloads = downloads;
        this.partyNames = partyNames;
    }

    @GetMapping
    @Operation(
            summary = "Audit entries, newest first: all for secretariat administrators, the own party's for a"
                    + " party's administrators")
    PageView<AuditEntry> list(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageView.checkPaging(page, size);
        return audit.search(
                reader(),
                new AuditService.AuditQuery(
                        party, username, action, recordType, recordId, checkOutcome(outcome), from, to, page, size));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(
            summary = "The same entries as CSV, oldest first; with lang, headings in that language and a byte order"
                    + " mark for spreadsheet programs")
    void export(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String lang,
            HttpServletResponse response)
            throws IOException {
        Actor reader = reader();
        var query = new AuditService.AuditQuery(
                blankToNull(party),
                blankToNull(username),
                blankToNull(action),
                blankToNull(recordType),
                null,
                checkOutcome(blankToNull(outcome)),
                from,
                to,
                0,
                1);
        audit.export(
                reader,
                query,
                downloads.open(response, "audit.csv", lang, AuditService.EXPORT_COLUMNS),
                partyNames.in(lang));
    }

    /** A filter left empty in a form means no filter. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Actor reader() {
        Actor actor = Actors.required();
        if (!actor.can(Permission.READ_PARTY_AUDIT)) {
            throw new ForbiddenException(Message.of("audit.refused.read"), "read", "audit", null, null);
        }
        return actor;
    }

    static String checkOutcome(String outcome) {
        if (outcome != null && !outcome.equals("done") && !outcome.equals("denied")) {
            throw new InvalidInputException("outcome", Message.of("audit.refused.outcome"));
        }
        return outcome;
    }
}
