package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every CSV the platform hands out (projects, commitments, deliveries, audit, events) writes a cell that
 * begins like a formula as text, with a leading apostrophe.
 */
@PlatformTest
class CsvExportsTests {

    static final String FORMULA = "=HYPERLINK(\\\"http://evil.example\\\",\\\"open\\\")";
    static final String WRITTEN = "'=HYPERLINK(\"http://evil.example\",\"open\")";

    @LocalServerPort
    int port;

    @Test
    void projectsCommitmentsAndDeliveriesNeutraliseFormulas() throws Exception {
        Api api = new Api(port);
        String project = "{\"title\":{\"en\":\"" + FORMULA + "\"},\"priorityAreas\":[\"III.4\"],"
                + "\"countries\":[\"ETH\"],\"visibility\":\"public\",\"participants\":[]}";
        assertThat(api.post("/api/v1/projects", "china", project).status()).isEqualTo(201);
        assertThat(cells(api.get("/api/v1/exports/projects.csv", "china"), "title"))
                .contains(WRITTEN)
                .noneMatch(c -> c.startsWith("="));

        String start = LocalDate.now().minusYears(1).toString();
        String end = LocalDate.now().plusYears(1).toString();
        var pledge = api.post(
                "/api/v1/commitments",
                "china",
                "{\"text\":\"" + FORMULA + "\",\"unit\":\"items\",\"target\":1000,\"periodStart\":\"" + start
                        + "\",\"periodEnd\":\"" + end + "\",\"priorityAreas\":[\"III.15\"],"
                        + "\"beneficiaryRule\":\"developing\",\"beneficiaries\":[],\"visibility\":\"public\"}");
        assertThat(pledge.status()).as(pledge.body()).isEqualTo(201);
        String id = pledge.json().get("id").asString();
        assertThat(cells(api.get("/api/v1/commitments/export.csv?party=CHN", "china"), "text"))
                .contains(WRITTEN)
                .noneMatch(c -> c.startsWith("="));
        var delivery = api.post(
                "/api/v1/commitments/" + id + "/deliveries",
                "china",
                "{\"quantity\":5,\"unit\":\"items\",\"date\":\"" + LocalDate.now()
                        + "\",\"beneficiary\":\"ETH\",\"evidence\":\"@SUM(1+1)*cmd|' /C calc'!A0\"}");
        assertThat(delivery.status()).as(delivery.body()).isIn(200, 201);
        assertThat(cells(api.get("/api/v1/commitments/" + id + "/deliveries.csv", "china"), "evidence"))
                .containsExactly("'@SUM(1+1)*cmd|' /C calc'!A0");
    }

    @Test
    void theAuditTrailNeutralisesWhatWasTypedAsAUsername() throws Exception {
        Api api = new Api(port);
        String typed = "=cmd|' /C calc'!A" + UUID.randomUUID().toString().substring(0, 6);
        var failed = api.post("/api/v1/auth/tokens", null, "{\"username\":\"" + typed + "\",\"password\":\"x\"}");
        assertThat(failed.status()).as(failed.body()).isEqualTo(401);
        List<String> usernames =
                cells(api.get("/api/v1/audit/export.csv?action=login-failed", "secretariat"), "username");
        assertThat(usernames)
                .as(api.get("/api/v1/audit/export.csv?action=login-failed", "secretariat")
                        .body())
                .contains("'" + typed)
                .noneMatch(c -> c.startsWith("="));
    }

    @Test
    void theEventExportNeutralisesFormulasInUploadedRows() throws Exception {
        Api api = new Api(port);
        String id = "F" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "report_id,category,occurred_on,date_precision,country,admin1,admin2,location,latitude,"
                + "longitude,actor1,actor2,fatalities,reported_by,description\n"
                + id + ",piracy,2019-02-03,day,SOM,Bari,,\"+SUM(A1:A9)\",10.2,51.3,\"=HYPERLINK(\"\"http://x\"\")\","
                + "-crew,0,KEN,formula test\n";
        var submitted = api.upload(
                "/api/v1/events/imports", "china", "incidents.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String job = submitted.json().get("id").asString();
        for (int i = 0; i < 120; i++) {
            String status = api.get("/api/v1/events/imports/" + job, "china")
                    .json()
                    .get("status")
                    .asString();
            if (status.equalsIgnoreCase("done") || status.equalsIgnoreCase("failed")) {
                break;
            }
            Thread.sleep(250);
        }
        var export = api.get("/api/v1/events/export.csv?country=SOM&from=2019-02-03&to=2019-02-03", "china");
        assertThat(cells(export, "actor1"))
                .as(export.body()
                        + api.get("/api/v1/events/imports/" + job, "china").body())
                .contains("'=HYPERLINK(\"http://x\")")
                .noneMatch(c -> c.startsWith("="));
        assertThat(cells(export, "location")).contains("'+SUM(A1:A9)");
        assertThat(cells(export, "actor2")).contains("'-crew");
    }

    static List<String> cells(Api.Response r, String column) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(r.body()))
                .getRecords();
        return records.stream().map(rec -> rec.get(column)).toList();
    }
}
