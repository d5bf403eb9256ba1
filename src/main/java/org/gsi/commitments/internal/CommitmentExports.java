package org.gsi.commitments.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.gsi.commitments.internal.CommitmentViews.DeliveryView;
import org.gsi.commitments.internal.CommitmentViews.PledgeView;
import org.gsi.platform.Actors;
import org.gsi.platform.CsvExport;
import org.gsi.platform.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The accountability ledger as CSV: the pledges the reader may see, and one pledge's deliveries. */
@RestController
@Tag(name = "Commitments")
class CommitmentExports {

    static final int MAX_ROWS = 10_000;
    private static final int BATCH = 500;

    private static final List<String> PLEDGE_COLUMNS = List.of(
            "id",
            "pledging_party",
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
            "visibility");

    private static final List<String> DELIVERY_COLUMNS =
            List.of("id", "date", "quantity", "beneficiary", "evidence", "link_kind", "link_id", "confirmed_on");

    private final CommitmentService service;

    CommitmentExports(CommitmentService service) {
        this.service = service;
    }

    @GetMapping(value = "/api/v1/commitments/export.csv", produces = "text/csv")
    @Operation(summary = "The pledges you may read, filtered like the list, with computed status, as CSV")
    void pledges(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String beneficiary,
            HttpServletResponse response)
            throws IOException {
        String unitKind = unit == null || unit.isBlank()
                ? null
                : PledgeRequests.unitKind(unit).name();
        PledgeFilter filter = new PledgeFilter(party, area, unitKind, beneficiary);
        String reader = Actors.readerParty();
        try (CsvExport csv = open(response, "gsi-commitments.csv", PLEDGE_COLUMNS)) {
            for (int page = 0; (long) page * BATCH < MAX_ROWS; page++) {
                PageView<PledgeView> batch = service.list(filter, reader, page, BATCH);
                for (PledgeView p : batch.items()) {
                    csv.printRecord(
                            p.id(),
                            p.pledger(),
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
                            p.visibility().toLowerCase(java.util.Locale.ROOT));
                }
                if ((long) (page + 1) * BATCH >= batch.total()) {
                    break;
                }
            }
        }
    }

    @GetMapping(value = "/api/v1/commitments/{id}/deliveries.csv", produces = "text/csv")
    @Operation(summary = "A pledge's deliveries as CSV (404 for a pledge you may not read)")
    void deliveries(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        List<DeliveryView> deliveries = service.detail(id, Actors.readerParty()).deliveries();
        try (CsvExport csv = open(response, "gsi-pledge-" + id + "-deliveries.csv", DELIVERY_COLUMNS)) {
            for (DeliveryView d : deliveries) {
                csv.printRecord(
                        d.id(),
                        d.date(),
                        d.quantity().stripTrailingZeros().toPlainString(),
                        d.beneficiary(),
                        d.evidence(),
                        d.linkKind(),
                        d.linkId(),
                        d.confirmedOn());
            }
        }
    }

    private static CsvExport open(HttpServletResponse response, String filename, List<String> columns)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        CsvExport csv = CsvExport.to(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        csv.printRecord(columns);
        return csv;
    }
}
