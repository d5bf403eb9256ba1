package org.gsi.earlywarning.internal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Predicate;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An import through the API that escalates in Iceland raises the secretariat's country rule and a restricted
 * situation's rule; the alerts reach the subscribed parties that may read them and nobody else.
 */
@PlatformTest
class AlertFlowTests {

    static final String ESCALATION = "Fatalities in ISL in 2023-01 was 30, 25 above the trailing 12-month mean of 5";
    static final String CROSSING = "crossing the threshold of 20";

    private static String situation;
    private static String chinaSubscription;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(port);
        prepareOnce();
    }

    private synchronized void prepareOnce() throws Exception {
        if (situation != null) {
            return;
        }
        created(api.post(
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"country\",\"country\":\"ISL\","
                        + "\"kind\":\"escalation\",\"metric\":\"fatalities\",\"k\":2,\"minRise\":3}"));
        String s = created(api.post(
                        "/api/v1/situations",
                        "china",
                        "{\"title\":\"Alert flow " + UUID.randomUUID() + "\",\"countries\":[\"ISL\"],"
                                + "\"domains\":[\"armed-conflict\"],\"partiesConcerned\":[\"ETH\"],"
                                + "\"visibility\":\"participants\"}"))
                .get("id")
                .asString();
        created(api.post(
                "/api/v1/alerts/rules",
                "china",
                "{\"scope\":\"situation\",\"situationId\":\"" + s
                        + "\",\"kind\":\"threshold-crossing\",\"metric\":\"fatalities\",\"threshold\":20}"));
        chinaSubscription = created(api.post(
                        "/api/v1/alerts/subscriptions", "china", "{\"targetKind\":\"country\",\"target\":\"ISL\"}"))
                .get("id")
                .asString();
        created(api.post(
                "/api/v1/alerts/subscriptions", "kazakhstan", "{\"targetKind\":\"region\",\"target\":\"150\"}"));
        created(api.post(
                "/api/v1/alerts/subscriptions", "ethiopia", "{\"targetKind\":\"situation\",\"target\":\"" + s + "\"}"));
        created(api.post(
                "/api/v1/situations",
                "kazakhstan",
                "{\"title\":\"Public alert flow " + UUID.randomUUID() + "\",\"countries\":[\"ISL\"],"
                        + "\"domains\":[\"landmines\"],\"partiesConcerned\":[\"KAZ\"],\"visibility\":\"public\"}"));
        created(api.post(
                "/api/v1/alerts/subscriptions", "indonesia", "{\"targetKind\":\"domain\",\"target\":\"landmines\"}"));
        byte[] file = IcelandFile.monthly(YearMonth.of(2022, 1), 990_000_001L, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 30);
        String job = upload("secretariat", file).get("id").asString();
        awaitJob(job);
        await(() -> api.get("/api/v1/alerts?country=ISL", "china").body(), b -> b.contains(CROSSING));
        situation = s;
    }

    @Test
    void anEscalatingImportStoresTheAlertWithItsNumbers() {
        JsonNode alerts = api.get("/api/v1/alerts?country=ISL").json();
        JsonNode escalation = null;
        for (JsonNode a : alerts) {
            if (a.get("kind").asString().equals("ESCALATION")
                    && a.get("month").asString().equals("2023-01")) {
                escalation = a;
            }
        }
        assertThat(escalation).as(alerts.toString()).isNotNull();
        assertThat(escalation.get("explanation").asString()).startsWith(ESCALATION);
        JsonNode n = escalation.get("numbers");
        assertThat(n.get("value").asDouble()).isEqualTo(30.0);
        assertThat(n.get("mean").asDouble()).isEqualTo(5.0);
        assertThat(n.get("standardDeviation").asDouble()).isEqualTo(1.0);
        assertThat(n.get("k").asDouble()).isEqualTo(2.0);
        assertThat(n.get("n").asDouble()).isEqualTo(3.0);
    }

    @Test
    void theAlertReachesSubscribersOfTheCountryAndRegionButNotOthers() {
        assertThat(inbox("china")).contains(ESCALATION);
        assertThat(inbox("kazakhstan")).contains(ESCALATION);
        assertThat(inbox("brazil")).doesNotContain(ESCALATION).doesNotContain(CROSSING);
    }

    @Test
    void aRestrictedSituationsAlertReachesOnlyItsReaders() {
        assertThat(inbox("ethiopia")).contains(CROSSING);
        assertThat(inbox("kazakhstan")).doesNotContain(CROSSING);
        assertThat(api.get("/api/v1/alerts?situation=" + situation, "ethiopia").body())
                .contains(CROSSING);
        assertThat(api.get("/api/v1/alerts?situation=" + situation, "kazakhstan")
                        .json())
                .isEmpty();
        assertThat(api.get("/api/v1/alerts?country=ISL").body()).doesNotContain(CROSSING);
        String id = api.get("/api/v1/alerts?situation=" + situation, "china")
                .json()
                .get(0)
                .get("id")
                .asString();
        assertThat(api.get("/api/v1/alerts/" + id, "kazakhstan").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/alerts/" + id, "ethiopia").status()).isEqualTo(200);
        assertThat(api.get("/early-warning/fragments/alerts?situation=" + situation, "indonesia")
                        .body())
                .doesNotContain(CROSSING);
    }

    @Test
    void aDomainSubscriptionReceivesAlertsOfCountriesItsPublicSituationsCover() {
        assertThat(inbox("indonesia")).contains(ESCALATION).doesNotContain(CROSSING);
        Api.Response unknown = api.post(
                "/api/v1/alerts/subscriptions", "indonesia", "{\"targetKind\":\"domain\",\"target\":\"gardening\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("target");
    }

    @Test
    void aPartyCannotSubscribeToASituationItMayNotRead() {
        Api.Response r = api.post(
                "/api/v1/alerts/subscriptions",
                "indonesia",
                "{\"targetKind\":\"situation\",\"target\":\"" + situation + "\"}");
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void aPartysSubscriptionsStayItsOwn() {
        assertThat(api.get("/api/v1/alerts/subscriptions", "kazakhstan").body()).doesNotContain(chinaSubscription);
        assertThat(api.delete("/api/v1/alerts/subscriptions/" + chinaSubscription, "kazakhstan")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/alerts/subscriptions", "china").body()).contains(chinaSubscription);
    }

    @Test
    void onlyTheSecretariatKeepsGlobalRulesAndOnlyTheOwnerASituationsRules() {
        String global = "{\"scope\":\"global\",\"kind\":\"onset\",\"metric\":\"events\",\"quietMonths\":12}";
        assertThat(api.post("/api/v1/alerts/rules", "china", global).status()).isEqualTo(403);
        String onSituation = "{\"scope\":\"situation\",\"situationId\":\"" + situation
                + "\",\"kind\":\"threshold-crossing\",\"threshold\":5}";
        assertThat(api.post("/api/v1/alerts/rules", "kazakhstan", onSituation).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/alerts/rules", "ethiopia", onSituation).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/alerts/rules?situation=" + situation, "kazakhstan")
                        .json())
                .isEmpty();
        assertThat(api.get("/api/v1/alerts/rules?situation=" + situation, "ethiopia")
                        .json())
                .hasSize(1);
    }

    @Test
    void aRuleWithoutItsParametersIsRefusedNamingTheField() {
        Api.Response r = api.post(
                "/api/v1/alerts/rules", "secretariat", "{\"scope\":\"global\",\"kind\":\"escalation\",\"k\":2}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("minRise");
    }

    private String inbox(String user) {
        return api.get("/api/v1/notifications?size=200", user).body();
    }

    private static JsonNode created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private void awaitJob(String id) {
        await(
                () -> api.get("/api/v1/events/imports/" + id, "china")
                        .json()
                        .get("status")
                        .asString(),
                s -> s.equals("DONE") || s.equals("FAILED"));
        JsonNode job = api.get("/api/v1/events/imports/" + id, "china").json();
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("imported").asLong()).as(job.toString()).isEqualTo(13);
    }

    private static void await(java.util.function.Supplier<String> probe, Predicate<String> done) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !done.test(probe.get())) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private JsonNode upload(String user, byte[] content) throws Exception {
        String boundary = "----ewa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"iceland.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/imports"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + api.token(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return new Api.Response(r.statusCode(), r.body(), r.headers()).json();
    }
}
