package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.commitments.CommitmentsApiTests.delivery;
import static org.gsi.commitments.CommitmentsApiTests.pledge;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class CommitmentExportsTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    String create(String user, String body) {
        Api.Response r = api.post("/api/v1/commitments", user, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static List<CSVRecord> csv(Api.Response r) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(r.body()))
                .getRecords();
    }

    @Test
    void theLedgerExportHoldsWhatTheReaderMayReadWithComputedStatus() throws IOException {
        String text = "Export test " + UUID.randomUUID();
        String open = create("china", pledge(text + " public", "items", "public", "developing", "[]"));
        create("china", pledge(text + " owner", "items", "owner", "developing", "[]"));
        api.post("/api/v1/commitments/" + open + "/deliveries", "china", delivery(250, "items", "ETH"));

        List<CSVRecord> anonymous = csv(api.get("/api/v1/commitments/export.csv?party=CHN&unit=items"));
        assertThat(anonymous).anySatisfy(r -> {
            assertThat(r.get("text")).isEqualTo(text + " public");
            assertThat(r.get("delivered")).isEqualTo("250");
            assertThat(r.get("progress_percent")).isEqualTo("25");
            assertThat(r.get("status")).isIn("on_track", "behind");
            assertThat(r.get("priority_areas")).isEqualTo("III.15");
        });
        assertThat(anonymous).noneMatch(r -> r.get("text").equals(text + " owner"));
        assertThat(csv(api.get("/api/v1/commitments/export.csv?party=CHN", "china")))
                .anyMatch(r -> r.get("text").equals(text + " owner"));

        List<CSVRecord> deliveries = csv(api.get("/api/v1/commitments/" + open + "/deliveries.csv"));
        assertThat(deliveries).hasSize(1);
        assertThat(deliveries.get(0).get("quantity")).isEqualTo("250");
        assertThat(deliveries.get(0).get("beneficiary")).isEqualTo("ETH");
    }

    @Test
    void theDeliveriesOfARestrictedPledgeAreNotFoundForOthers() {
        String hidden =
                create("china", pledge("Hidden export " + UUID.randomUUID(), "items", "owner", "developing", "[]"));
        assertThat(api.get("/api/v1/commitments/" + hidden + "/deliveries.csv", "brazil")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/commitments/" + hidden + "/deliveries.csv", "china")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPledgeToTheMembersOfAMechanismCoversOnlyItsCurrentMembers() {
        String id =
                create("china", pledge("SCO test " + UUID.randomUUID(), "experts", "public", "members", "[\"sco\"]"));
        Api.Response outside =
                api.post("/api/v1/commitments/" + id + "/deliveries", "china", delivery(1, "experts", "BRA"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("field").asString()).isEqualTo("beneficiary");
        assertThat(api.post("/api/v1/commitments/" + id + "/deliveries", "china", delivery(1, "experts", "KAZ"))
                        .status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/commitments?beneficiary=KAZ&party=CHN&size=500")
                        .body())
                .contains(id);
    }

    @Test
    void perPartyAndPerAreaPagesShowOnlyTheirPledges() {
        String text = "Scoped view " + UUID.randomUUID();
        String today = java.time.LocalDate.now().toString();
        create(
                "kazakhstan",
                "{\"text\":\"" + text + "\",\"unit\":\"days\",\"target\":30,\"periodStart\":\"" + today
                        + "\",\"periodEnd\":\"" + java.time.LocalDate.now().plusYears(1)
                        + "\",\"priorityAreas\":[\"III.7\"],\"beneficiaryRule\":\"developing\","
                        + "\"visibility\":\"public\"}");
        assertThat(api.get("/commitments/parties/KAZ").body()).contains(text);
        assertThat(api.get("/commitments/parties/CHN").body()).doesNotContain(text);
        assertThat(api.get("/commitments/areas/III.7").body()).contains(text);
        assertThat(api.get("/commitments/areas/III.1").body()).doesNotContain(text);
    }

    /**
     * Kazakhstan's pledges of this test: met, behind, one in a later year, and one met that only Kazakhstan sees. The
     * CSV link of the filtered ledger, of the party's and of the area's page carries exactly the rows those pages
     * show, all of them, and never the restricted pledge to another party.
     */
    @Test
    void theCsvOfAFilteredLedgerHoldsExactlyTheRowsItShowsAndNoOtherPartysRestrictedPledge() throws IOException {
        String text = "Filtered export " + UUID.randomUUID();
        String met = create("kazakhstan", pledge(text + " met", "items", "public", "developing", "[]"));
        api.post("/api/v1/commitments/" + met + "/deliveries", "kazakhstan", delivery(1000, "items", "ETH"));
        String behind = create("kazakhstan", pledge(text + " behind", "items", "public", "developing", "[]"));
        String later = create(
                "kazakhstan",
                pledge(text + " later", "items", "public", "developing", "[]")
                        .replaceFirst("\"periodStart\":\"[^\"]+\"", "\"periodStart\":\"2031-01-01\"")
                        .replaceFirst("\"periodEnd\":\"[^\"]+\"", "\"periodEnd\":\"2031-12-31\""));
        String hidden = create("kazakhstan", pledge(text + " hidden", "items", "owner", "developing", "[]"));
        api.post("/api/v1/commitments/" + hidden + "/deliveries", "kazakhstan", delivery(1000, "items", "ETH"));
        String year = String.valueOf(java.time.LocalDate.now().getYear());

        List<String> metForBrazil = csvOfPage("/commitments?party=KAZ&status=met&period=" + year, "brazil");
        assertThat(metForBrazil)
                .contains(met)
                .doesNotContain(behind, later, hidden)
                .containsExactlyInAnyOrderElementsOf(listed("party=KAZ&status=met&period=" + year, "brazil"));
        assertThat(csvOfPage("/commitments?party=KAZ&status=met&period=" + year, "kazakhstan"))
                .contains(met, hidden)
                .doesNotContain(behind, later)
                .containsExactlyInAnyOrderElementsOf(listed("party=KAZ&status=met&period=" + year, "kazakhstan"));
        assertThat(csvOfPage("/commitments?party=KAZ&period=2031", null))
                .contains(later)
                .doesNotContain(met, behind, hidden)
                .containsExactlyInAnyOrderElementsOf(listed("party=KAZ&period=2031", null));

        assertThat(csvOfPage("/commitments/parties/KAZ?status=behind", "china"))
                .contains(behind)
                .doesNotContain(met, later, hidden)
                .containsExactlyInAnyOrderElementsOf(listed("party=KAZ&status=behind", "china"));
        assertThat(csvOfPage("/commitments/areas/III.15?status=met&period=" + year, "china"))
                .contains(met)
                .doesNotContain(behind, later, hidden)
                .containsExactlyInAnyOrderElementsOf(listed("area=III.15&status=met&period=" + year, "china"));
    }

    @Test
    void theCsvRefusesAStatusOrPeriodTheLedgerDoesNotKnowNamingTheField() {
        Api.Response status = api.get("/api/v1/commitments/export.csv?status=late");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("field").asString()).isEqualTo("status");
        Api.Response period = api.get("/api/v1/commitments/export.csv?period=soon");
        assertThat(period.status()).isEqualTo(400);
        assertThat(period.json().get("field").asString()).isEqualTo("period");
    }

    /** The ids in the CSV that the page's download link gives the same reader. */
    private List<String> csvOfPage(String page, String user) throws IOException {
        Api.Response html = user == null ? api.get(page) : api.get(page, user);
        assertThat(html.status()).as(page).isEqualTo(200);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "<a[^>]*id=\"pledges-csv\"[^>]*href=\"([^\"]+)\"")
                .matcher(html.body());
        assertThat(link.find()).as("the CSV link of " + page).isTrue();
        String href = link.group(1).replace("&amp;", "&");
        Api.Response csv = user == null ? api.get(href) : api.get(href, user);
        return csv(csv).stream().map(r -> r.get(0)).toList();
    }

    /** The ids of every pledge the API lists to the reader with these filters. */
    private List<String> listed(String filters, String user) {
        String path = "/api/v1/commitments?size=500&" + filters;
        Api.Response r = user == null ? api.get(path) : api.get(path, user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("total").asLong()).isLessThan(500);
        List<String> ids = new java.util.ArrayList<>();
        r.json().get("items").forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }
}
