package org.gsi.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class EarlyWarningConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String rule(String country) {
        Api.Response created = api.post(
                "/api/v1/alerts/rules",
                "secretariat",
                "{\"scope\":\"country\",\"country\":\"" + country + "\",\"kind\":\"threshold-crossing\","
                        + "\"metric\":\"events\",\"threshold\":7001}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return "/api/v1/alerts/rules/" + created.json().get("id").asString();
    }

    @Test
    void ofThirtySituationEditsWithTheSameEtagExactlyOneIsKept() {
        Api.Response created = api.post(
                "/api/v1/situations",
                "china",
                "{\"title\":\"Race " + UUID.randomUUID() + "\",\"countries\":[\"CAF\"],"
                        + "\"domains\":[\"armed-conflict\"],\"partiesConcerned\":[\"KAZ\"],\"visibility\":\"public\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/situations/" + created.json().get("id").asString();

        Race.Outcome race = Race.ofChanges(
                api,
                "early-warning situation: edit",
                "china",
                "PUT",
                path,
                path,
                n -> "{\"title\":\"Edit " + n + "\"}");

        assertThat(api.get(path, "china").json().get("title").asString()).isEqualTo("Edit " + race.winner());
    }

    @Test
    void ofThirtyAlertRuleEditsWithTheSameEtagExactlyOneIsKept() {
        String path = rule("NOR");

        Race.Outcome race = Race.ofChanges(
                api,
                "early-warning alert rule: edit",
                "secretariat",
                "PUT",
                path,
                path,
                n -> "{\"kind\":\"threshold-crossing\",\"metric\":\"events\",\"threshold\":" + (8000 + n) + "}");

        assertThat(api.get(path, "secretariat").json().get("threshold").asInt()).isEqualTo(8000 + race.winner());
    }

    /** A deleted rule is gone: requests that arrive after the deletion find nothing (404), earlier ones get 412. */
    @Test
    void ofThirtyAlertRuleDeletionsWithTheSameEtagExactlyOneIsApplied() {
        String path = rule("SWE");
        String etag = api.get(path, "secretariat").header("ETag");

        Race.Outcome race = Race.sameEtag(
                api, "early-warning alert rule: delete", Race.REQUESTS, "DELETE", path, "secretariat", etag, n -> null);

        System.out.println("[race] " + race);
        assertThat(race.succeeded()).as(race.toString()).isEqualTo(1);
        assertThat(race.status(412) + race.status(404)).as(race.toString()).isEqualTo(Race.REQUESTS - 1);
        assertThat(api.get(path, "secretariat").status()).isEqualTo(404);
    }
}
