package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.commitments.CommitmentsApiTests.delivery;

import java.time.LocalDate;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class LedgerPageTests {

    @LocalServerPort
    int port;

    @Test
    void theAccountabilityPageShowsANewDeliveryAndAnEditAtOnce() {
        Api api = new Api(port);
        String text = "Ledger page " + UUID.randomUUID();
        String body =
                "{\"text\":\"" + text + "\",\"unit\":\"experts\",\"target\":40,\"periodStart\":\"" + LocalDate.now()
                        + "\",\"periodEnd\":\"" + LocalDate.now().plusYears(1)
                        + "\",\"priorityAreas\":[\"III.9\"],\"beneficiaryRule\":\"developing\",\"visibility\":\"public\"}";
        Api.Response made = api.post("/api/v1/commitments", "indonesia", body);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").asString();
        String page = "/commitments/parties/IDN";
        assertThat(api.get(page).body()).contains(text).contains("0 / 40 experts");

        assertThat(api.post("/api/v1/commitments/" + id + "/deliveries", "indonesia", delivery(10, "experts", "ETH"))
                        .status())
                .isEqualTo(201);
        assertThat(api.get(page).body()).contains("10 / 40 experts");
        assertThat(api.get(page, "kazakhstan").body()).contains("10 / 40 experts");

        Api.Response current = api.get("/api/v1/commitments/" + id, "indonesia");
        String etag = current.headers().firstValue("ETag").orElseThrow();
        Api.Response hidden = api.put(
                "/api/v1/commitments/" + id,
                "indonesia",
                "{\"text\":\"" + text + "\",\"target\":40,\"periodEnd\":\""
                        + LocalDate.now().plusYears(1) + "\",\"priorityAreas\":[\"III.9\"],\"visibility\":\"owner\"}",
                etag);
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(api.get(page).body()).doesNotContain(text);
        assertThat(api.get(page, "indonesia").body()).contains(text);
    }
}
