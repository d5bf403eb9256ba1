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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A rule saved after the events it would have fired on were imported is evaluated at once on the latest complete
 * month. Malta's incident reports: fatalities 4, 6, 4, 6 ... over the twelve months before the last ended month
 * (mean 5, population standard deviation 1), then 30 in that month.
 */
@PlatformTest
class RuleSavedEvaluationTests {

    @LocalServerPort
    int port;

    @Test
    void savingARuleWhoseConditionAlreadyHoldsRaisesTheAlertOnceAndSavingAgainDoesNotRepeatIt() throws Exception {
        Api api = new Api(port);
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        importMalta(api, last);
        assertThat(api.post("/api/v1/alerts/subscriptions", "brazil", "{\"targetKind\":\"country\",\"target\":\"MLT\"}")
                        .status())
                .isEqualTo(201);
        String sentence = "Fatalities in MLT in "
                + last.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH))
                + " was 30, 25 above the trailing 12-month mean of 5"
                + " (standard deviation 1); the rule fires above 7 (mean + 2 standard deviations)";

        Api.Response created = maltaEscalation(api, 2, 3);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String rule = created.json().get("id").asString();

        List<JsonNode> raised = alertsOf(api, rule);
        assertThat(raised).hasSize(1);
        JsonNode alert = raised.get(0);
        assertThat(alert.get("month").asString()).isEqualTo(last.toString());
        assertThat(alert.get("explanation").asString()).startsWith(sentence);
        JsonNode n = alert.get("numbers");
        assertThat(n.get("value").asDouble()).isEqualTo(30.0);
        assertThat(n.get("mean").asDouble()).isEqualTo(5.0);
        assertThat(n.get("standardDeviation").asDouble()).isEqualTo(1.0);

        Api.Response savedAgain = api.put(
                "/api/v1/alerts/rules/" + rule,
                "secretariat",
                "{\"kind\":\"escalation\",\"metric\":\"fatalities\",\"k\":2,\"minRise\":3}",
                created.header("ETag"));
        assertThat(savedAgain.status()).as(savedAgain.body()).isEqualTo(200);
        assertThat(alertsOf(api, rule)).hasSize(1);
        assertThat(org.gsi.EventPublications.eventually(() -> api.get("/api/v1/notifications?size=200", "brazil")
                                .body()
                                .split(java.util.regex.Pattern.quote(sentence), -1)
                                .length
                        == 2))
                .as("the alert is delivered once, after it is committed")
                .isTrue();
    }

    @Test
    void aRuleWhoseConditionDoesNotHoldRaisesNothingWhenSaved() throws Exception {
        Api api = new Api(port);
        importMalta(api, YearMonth.now(ZoneOffset.UTC).minusMonths(1));
        // the rise is 25: a minimum rise of 26 is not reached, whatever k
        Api.Response created = maltaEscalation(api, 0, 26);
        assertThat(created.status()).isEqualTo(201);
        assertThat(alertsOf(api, created.json().get("id").asString())).isEmpty();
    }

    @Test
    void aDeletedRuleRaisesNothingMoreAndTheAlertsItRaisedStayOnRecord() throws Exception {
        Api api = new Api(port);
        importMalta(api, YearMonth.now(ZoneOffset.UTC).minusMonths(1));
        Api.Response created = maltaEscalation(api, 1, 1);
        String rule = created.json().get("id").asString();
        List<JsonNode> raised = alertsOf(api, rule);
        assertThat(raised).hasSize(1);
        String alert = raised.get(0).get("id").asString();

        Api.Response deleted = api.send(
                "DELETE",
                "/api/v1/alerts/rules/" + rule,
                "secretariat",
                null,
                Map.of("If-Match", created.header("ETag")));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api.get("/api/v1/alerts/rules/" + rule, "secretariat").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/alerts/rules", "secretariat").body()).doesNotContain(rule);
        JsonNode kept = api.get("/api/v1/alerts/" + alert, "secretariat").json();
        assertThat(kept.get("ruleId").asString()).isEqualTo(rule);
        importMalta(api, YearMonth.now(ZoneOffset.UTC).minusMonths(1));
        assertThat(alertsOf(api, rule)).hasSize(1);
    }

    private static Api.Response maltaEscalation(Api api, int k, int minRise) {
        return api.post(
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"country\",\"country\":\"MLT\",\"kind\":\"escalation\",\"metric\":\"fatalities\","
                        + "\"k\":" + k + ",\"minRise\":" + minRise + "}");
    }

    private static List<JsonNode> alertsOf(Api api, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : api.get("/api/v1/alerts?country=MLT&limit=500").json()) {
            if (a.get("ruleId").asString().equals(rule)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Thirteen monthly incident reports ending in {@code last}; importing them again changes nothing. */
    private void importMalta(Api api, YearMonth last) throws Exception {
        StringBuilder csv = new StringBuilder("report_id,category,occurred_on,date_precision,country,admin1,admin2,"
                + "location,latitude,longitude,actor1,actor2,fatalities,reported_by,description\n");
        for (int i = 0; i <= 12; i++) {
            YearMonth m = last.minusMonths(12 - i);
            int deaths = i == 12 ? 30 : (i % 2 == 0 ? 4 : 6);
            csv.append("MLT-EW-")
                    .append(m)
                    .append(",terrorist-attack,")
                    .append(m.atDay(10))
                    .append(",day,MLT,,,Valletta,,,,,")
                    .append(deaths)
                    .append(",CHN,Test report\n");
        }
        String job = upload(api, csv.toString().getBytes(StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 60_000;
        String status = "";
        while (System.currentTimeMillis() < deadline && !(status.equals("DONE") || status.equals("FAILED"))) {
            Thread.sleep(200);
            status = api.get("/api/v1/events/imports/" + job, "china")
                    .json()
                    .get("status")
                    .asString();
        }
        assertThat(status).isEqualTo("DONE");
    }

    private String upload(Api api, byte[] content) throws Exception {
        String boundary = "----ewa" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"malta.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nincidents"
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/imports"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + api.token("china"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return new Api.Response(r.statusCode(), r.body(), r.headers())
                .json()
                .get("id")
                .asString();
    }
}
