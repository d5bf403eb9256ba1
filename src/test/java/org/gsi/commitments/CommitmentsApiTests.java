package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class CommitmentsApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    static String pledge(String text, String unit, String visibility, String rule, String beneficiaries) {
        String start = LocalDate.now().minusYears(1).toString();
        String end = LocalDate.now().plusYears(1).toString();
        return "{\"text\":\"" + text + "\",\"unit\":\"" + unit + "\""
                + (unit.equals("money") ? ",\"currency\":\"USD\"" : "")
                + ",\"target\":1000,\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end
                + "\",\"priorityAreas\":[\"III.15\"],\"beneficiaryRule\":\"" + rule + "\",\"beneficiaries\":"
                + beneficiaries + ",\"visibility\":\"" + visibility + "\"}";
    }

    String create(String user, String body) {
        Api.Response r = api.post("/api/v1/commitments", user, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static String delivery(int quantity, String unit, String beneficiary) {
        return "{\"quantity\":" + quantity + ",\"unit\":\"" + unit + "\",\"date\":\"" + LocalDate.now()
                + "\",\"beneficiary\":" + (beneficiary == null ? "null" : "\"" + beneficiary + "\"")
                + ",\"evidence\":\"course report\"}";
    }

    @Test
    void aFocalPointPledgesAndThePledgeStartsBehindItsPath() {
        String id = create(
                "china", pledge("Places test " + UUID.randomUUID(), "training_places", "public", "developing", "[]"));
        JsonNode p = api.get("/api/v1/commitments/" + id).json();
        assertThat(p.get("pledger").asString()).isEqualTo("CHN");
        assertThat(p.get("status").asString()).isEqualTo("behind");
        assertThat(p.get("delivered").asInt()).isZero();
    }

    @Test
    void onlyThePledgingPartyReportsDelivery() {
        String id = create(
                "china", pledge("Ledger test " + UUID.randomUUID(), "training_places", "public", "developing", "[]"));
        Api.Response other = api.post(
                "/api/v1/commitments/" + id + "/deliveries", "kazakhstan", delivery(5, "training_places", null));
        assertThat(other.status()).isEqualTo(403);
        Api.Response own =
                api.post("/api/v1/commitments/" + id + "/deliveries", "china", delivery(600, "training_places", "KAZ"));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        JsonNode p = api.get("/api/v1/commitments/" + id).json();
        assertThat(p.get("delivered").asInt()).isEqualTo(600);
        assertThat(p.get("status").asString()).isEqualTo("on_track");
        assertThat(p.get("progressPercent").asInt()).isEqualTo(60);
    }

    @Test
    void aDeliveryInAnotherUnitIsRefusedNamingTheUnit() {
        String id = create(
                "china", pledge("Unit test " + UUID.randomUUID(), "training_places", "public", "developing", "[]"));
        Api.Response r = api.post(
                "/api/v1/commitments/" + id + "/deliveries",
                "china",
                "{\"quantity\":10,\"unit\":\"money\",\"currency\":\"USD\",\"date\":\"" + LocalDate.now() + "\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("unit");
    }

    @Test
    void aDeliveryToAPartyOutsideTheBeneficiariesIsRefused() {
        String id = create("china", pledge("LDC test " + UUID.randomUUID(), "items", "public", "ldc", "[]"));
        Api.Response r = api.post("/api/v1/commitments/" + id + "/deliveries", "china", delivery(1, "items", "KAZ"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("beneficiary");
        assertThat(api.post("/api/v1/commitments/" + id + "/deliveries", "china", delivery(1, "items", "ETH"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void onlyTheNamedBeneficiaryConfirmsReceipt() {
        String id = create(
                "china",
                pledge("Receipt test " + UUID.randomUUID(), "experts", "public", "parties", "[\"KAZ\",\"ETH\"]"));
        String delivery = api.post("/api/v1/commitments/" + id + "/deliveries", "china", delivery(2, "experts", "KAZ"))
                .json()
                .get("id")
                .asString();
        String path = "/api/v1/commitments/" + id + "/deliveries/" + delivery + "/confirmation";
        assertThat(api.post(path, "ethiopia", "{}").status()).isEqualTo(403);
        Api.Response r = api.post(path, "kazakhstan", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("confirmedOn").asString())
                .isEqualTo(LocalDate.now().toString());
    }

    @Test
    void updatesNeedTheCurrentEntityTag() {
        String id = create("china", pledge("Update test " + UUID.randomUUID(), "days", "public", "developing", "[]"));
        String path = "/api/v1/commitments/" + id;
        String etag = api.get(path, "china").header("ETag");
        assertThat(api.put(path, "china", "{\"text\":\"changed\"}", null).status())
                .isEqualTo(428);
        assertThat(api.put(path, "kazakhstan", "{\"text\":\"changed\"}", etag).status())
                .isEqualTo(403);
        Api.Response ok = api.put(path, "china", "{\"text\":\"Update test changed\"}", etag);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(api.put(path, "china", "{\"text\":\"again\"}", etag).status())
                .isEqualTo(412);
    }

    @Test
    void badInputNamesTheField() {
        Api.Response r = api.post(
                "/api/v1/commitments",
                "china",
                pledge("Bad areas", "training_places", "public", "developing", "[]")
                        .replace("III.15", "X.9"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("priorityAreas");
        Api.Response other = api.post(
                "/api/v1/commitments",
                "china",
                pledge("Pledge for another", "items", "public", "developing", "[]")
                        .replace("{\"text\"", "{\"pledger\":\"KAZ\",\"text\""));
        assertThat(other.status()).isEqualTo(403);
    }
}
