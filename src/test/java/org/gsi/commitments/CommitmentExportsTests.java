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
}
