package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.gsi.platform.Actors;
import org.gsi.platform.CsvExport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "IATI and exports", description = "IATI 2.03 import and export; CSV and XLSX export of the project list")
class ExportController {

    private static final int MAX_EXPORT = 10_000;

    private final IatiService iati;
    private final ProjectSearch search;

    ExportController(IatiService iati, ProjectSearch search) {
        this.iati = iati;
        this.search = search;
    }

    @GetMapping(value = "/api/v1/exports/iati", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(
            summary = "The projects you may read, filtered like the list, as IATI 2.03 activities",
            description = "Every matching project, written as it is read (no limit on the number): an imported"
                    + " activity keeps its identifier and publisher, a project of the platform is reported by"
                    + " XI-GSI. Projects without any date (drafts) are left out.")
    void exportIati(ExportFilter filter, HttpServletResponse response) throws IOException, XMLStreamException {
        List<UUID> ids = search.ids(filter.query(), Actors.readerParty(), Integer.MAX_VALUE);
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"gsi-projects-iati.xml\"");
        iati.export(ids, response.getOutputStream());
    }

    static final List<String> COLUMNS = List.of(
            "id",
            "title",
            "status",
            "initiator",
            "participants",
            "priority_areas",
            "countries",
            "budget",
            "currency",
            "progress",
            "pending_consents",
            "updated_at");

    @GetMapping(value = "/api/v1/exports/projects.csv", produces = "text/csv")
    @Operation(summary = "The projects you may read, filtered like the list, as CSV")
    void exportCsv(ExportFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"gsi-projects.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CsvExport csv = CsvExport.to(writer)) {
            csv.printRecord(COLUMNS);
            forEachRow(filter, r -> {
                try {
                    csv.printRecord(
                            r.id(),
                            r.titleIn(filter.lang()),
                            r.status(),
                            r.ownerParty(),
                            String.join(" ", r.participants()),
                            String.join(" ", r.priorityAreas()),
                            String.join(" ", r.countries()),
                            r.budget() == null ? "" : r.budget().toPlainString(),
                            r.currency(),
                            r.progress() == null ? "" : r.progress().toPlainString(),
                            r.pendingConsents(),
                            r.updatedAt());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping(value = "/api/v1/exports/projects.xlsx", produces = ProjectWorkbook.MEDIA_TYPE)
    @Operation(summary = "The projects you may read, filtered like the list, as an Excel workbook")
    void exportXlsx(ExportFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType(ProjectWorkbook.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"gsi-projects.xlsx\"");
        try (ProjectWorkbook book = new ProjectWorkbook(COLUMNS)) {
            forEachRow(filter, r -> book.add(r, filter.lang()));
            book.write(response.getOutputStream());
        }
    }

    /** Every visible project matching the filters, newest first, page by page, at most {@value #MAX_EXPORT}. */
    private void forEachRow(ExportFilter filter, java.util.function.Consumer<ProjectSearch.ProjectRow> each) {
        for (int p = 0; (long) p * 500 < MAX_EXPORT; p++) {
            var page = search.search(filter.query(p, 500), Actors.readerParty());
            page.items().forEach(each);
            if (page.items().size() < 500) {
                return;
            }
        }
    }

    /** The list filters, bound from the query string. */
    record ExportFilter(
            String q,
            String status,
            String area,
            String domain,
            String country,
            String party,
            String region,
            UUID fund,
            String lang) {

        ProjectSearch.ProjectQuery query() {
            return query(0, 1);
        }

        ProjectSearch.ProjectQuery query(int page, int size) {
            return new ProjectSearch.ProjectQuery(q, status, area, domain, country, party, region, fund, page, size);
        }

        @Override
        public String lang() {
            return lang == null ? "en" : lang;
        }
    }
}
