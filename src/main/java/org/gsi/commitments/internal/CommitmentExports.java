package org.gsi.commitments.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.gsi.commitments.internal.CommitmentViews.DeliveryView;
import org.gsi.platform.Actors;
import org.gsi.platform.CsvDownloads;
import org.gsi.platform.CsvExport;
import org.gsi.platform.PartyNames;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accountability ledger as CSV: every pledge the reader may see that passes the ledger's filters (the rows of every
 * page of the filtered ledger, not one page), and one pledge's deliveries.
 */
@RestController
@Tag(name = "Commitments")
class CommitmentExports {

    private static final List<String> PLEDGE_COLUMNS = List.of(
            "id",
            "pledging_party",
            "pledging_party_name",
            "text",
            "unit",
            "currency",
            "target",
            "delivered",
            "progress_percent",
            "status",
            "period_start",
            "period_end",
            "priority_areas",
            "beneficiary_rule",
            "beneficiaries",
            "beneficiaries_names",
            "visibility");

    private static final List<String> DELIVERY_COLUMNS = List.of(
            "id",
            "date",
            "quantity",
            "beneficiary",
            "beneficiary_name",
            "evidence",
            "link_kind",
            "link_id",
            "confirmed_on");

    private final CommitmentService service;
    private final CsvDownloads downloads;
    private final PartyNames partyNames;

    CommitmentExports(CommitmentService service, CsvDownloads downloads, PartyNames partyNames) {
        this.service = service;
        this.downloads = downloads;
        this.partyNames = partyNames;
    }

    @GetMapping(value = "/api/v1/commitments/export.csv", produces = "text/csv")
    @Operation(
            summary = "Every pledge you may read that passes the filters of the list (party, area, unit, beneficiary,"
                    + " status today, a year the period overlaps), with computed status, as CSV; with lang, names"
                    + " and column headings in that language and a byte order mark for spreadsheet programs")
    void pledges(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String beneficiary,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String lang,
            HttpServletResponse response)
            throws IOException {
        PledgeFilter filter = PledgeFilter.of(party, area, unit, beneficiary, status, period);
        String reader = Actors.readerParty();
        var names = partyNames.in(lang);
        try (CsvExport csv = downloads.open(response, "gsi-commitments.csv", lang, PLEDGE_COLUMNS)) {
            service.each(filter, reader, p -> {
                try {
                    csv.printRecord(
                            p.id(),
                            p.pledger(),
                            names.apply(p.pledger()),
                            p.text(),
                            p.unit(),
                            p.currency(),
                            p.target().toPlainString(),
                            p.delivered().toPlainString(),
                            p.progressPercent(),
                            p.status(),
                            p.periodStart(),
                            p.periodEnd(),
                            String.join(" ", p.priorityAreas()),
                            p.beneficiaryRule(),
                            String.join(" ", p.beneficiaries()),
                            PartyNames.all(p.beneficiaries(), names),
                            p.visibility().toLowerCase(java.util.Locale.ROOT));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping(value = "/api/v1/commitments/{id}/deliveries.csv", produces = "text/csv")
    @Operation(
            summary = "A pledge's deliveries as CSV (404 for a pledge you may not read); with lang, names and column"
                    + " headings in that language and a byte order mark")
    void deliveries(@PathVariable UUID id, @RequestParam(required = false) String lang, HttpServletResponse response)
            throws IOException {
        List<DeliveryView> deliveries = service.detail(id, Actors.readerParty()).deliveries();
        var names = partyNames.in(lang);
        try (CsvExport csv = downloads.open(response, "gsi-pledge-" + id + "-deliveries.csv", lang, DELIVERY_COLUMNS)) {
            for (DeliveryView d : deliveries) {
                csv.printRecord(
                        d.id(),
                        d.date(),
                        d.quantity().stripTrailingZeros().toPlainString(),
                        d.beneficiary(),
                        names.apply(d.beneficiary()),
                        d.evidence(),
                        d.linkKind(),
                        d.linkId(),
                        d.confirmedOn());
            }
        }
    }
}
