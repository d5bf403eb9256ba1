package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.EventPublications.eventually;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.EventPublications;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * What a pledge records is published and heard: a delivery asks its beneficiary to confirm, a confirmation made by
 * the pledge tells the pledging party; a party that may not read the pledge is told nothing.
 */
@PlatformTest
class PledgeEventsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    Api api;
    EventPublications publications;

    @BeforeEach
    void connect() {
        api = new Api(port);
        publications = new EventPublications(jdbc, incomplete);
    }

    String pledge(String text, String visibility) {
        Api.Response r = api.post(
                "/api/v1/commitments",
                "china",
                CommitmentsApiTests.pledge(text, "experts", visibility, "parties", "[\"KAZ\",\"ETH\"]"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String deliver(String pledge, String beneficiary) {
        Api.Response r = api.post(
                "/api/v1/commitments/" + pledge + "/deliveries",
                "china",
                CommitmentsApiTests.delivery(2, "experts", beneficiary));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void aConfirmedReceiptIsDecidedByThePledgeAndItsPledgerIsTold() {
        String text = "Receipt event " + UUID.randomUUID();
        String pledge = pledge(text, "participants");
        String delivery = deliver(pledge, "KAZ");
        String path = "/api/v1/commitments/" + pledge + "/deliveries/" + delivery + "/confirmation";

        assertThat(eventually(() -> api.get("/api/v1/notifications?size=200", "kazakhstan")
                        .body()
                        .contains("Delivery to confirm: " + text)))
                .isTrue();
        assertThat(api.post(path, "ethiopia", "{}").status()).isEqualTo(403);
        Api.Response confirmed = api.post(path, "kazakhstan", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(api.post(path, "kazakhstan", "{}").status()).isEqualTo(200);

        assertThat(eventually(() -> api.get("/api/v1/notifications?size=200", "china")
                        .body()
                        .contains("Receipt confirmed: " + text)))
                .isTrue();
        assertThat(eventually(() -> publications.completed(ReceiptConfirmed.class, delivery) == 1))
                .as("the confirmation is published once, and archived once heard")
                .isTrue();
        assertThat(publications.incomplete(ReceiptConfirmed.class, delivery)).isZero();
    }

    @Test
    void aBeneficiaryThatMayNotReadThePledgeIsNotToldOfTheDelivery() {
        String text = "Owner-only pledge " + UUID.randomUUID();
        String pledge = pledge(text, "owner");
        deliver(pledge, "ETH");

        assertThat(eventually(() -> publications.completed(DeliveryRecorded.class, pledge) == 1))
                .isTrue();
        assertThat(api.get("/api/v1/notifications?size=200", "ethiopia").body()).doesNotContain(text);
    }

    @Test
    void aNewPledgeIsSeenByItsBeneficiariesUnlessItsPartyChoosesPublic() {
        String body = CommitmentsApiTests.pledge("Default " + UUID.randomUUID(), "experts", "x", "parties", "[\"KAZ\"]")
                .replace(",\"visibility\":\"x\"", "");
        Api.Response r = api.post("/api/v1/commitments", "china", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asString();

        assertThat(r.json().get("visibility").asString()).isEqualToIgnoringCase("participants");
        assertThat(api.get("/api/v1/commitments/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/commitments/" + id, "kazakhstan").status()).isEqualTo(200);
    }

    @Test
    void aDeliveryHeardAgainAfterACrashAsksItsBeneficiaryOnce() {
        String text = "Heard twice " + UUID.randomUUID();
        String pledge = pledge(text, "participants");
        String delivery = deliver(pledge, "KAZ");
        assertThat(eventually(() -> publications.completed(DeliveryRecorded.class, delivery) == 1))
                .isTrue();

        assertThat(publications.deliverAgain(DeliveryRecorded.class, delivery)).isEqualTo(1);

        assertThat(eventually(() -> publications.completed(DeliveryRecorded.class, delivery) == 2))
                .as("the publication delivered again is completed")
                .isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM notifications_message WHERE recipient = 'kazakhstan'"
                                + " AND kind = 'delivery-recorded' AND args::text LIKE ?")
                        .param("%" + text + "%")
                        .query(Long.class)
                        .single())
                .as("the beneficiary's focal point is asked to confirm once")
                .isEqualTo(1);
    }
}
