package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The events of public sources drive every party's rollups, alerts and forecasts: only the secretariat and the
 * data stewards it names write them. A party's own incident reports stay its own. Every change of a stored event
 * keeps the version before it, who changed it and by which import.
 */
@PlatformTest
class SourceStewardshipTests {

    static final String UCDP = "id,date_start,type_of_violence,country_id,latitude,longitude,best,low,high\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Uploads uploads;
    String key;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        uploads = new Uploads(api, port);
        key = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
    }

    private byte[] ucdp(int best) {
        return ImportOdditiesTests.bytes(
                UCDP + key + ",2018-06-02,1,482,5.4,26.5," + best + "," + best + "," + best + "\n");
    }

    @Test
    void aPartyThatIsNoStewardCannotChangeUcdpFatalitiesByTheApiOrThePage() {
        uploads.importFile("secretariat", "ged.csv", ucdp(3));
        long rollupBefore = rollup();

        Api.Response viaApi = uploads.upload("china", "ged.csv", ucdp(300), null);
        PageSession.Page viaPage = PageSession.login(port, "china")
                .upload("/early-warning/imports", "/early-warning/imports", Map.of(), "ged.csv", ucdp(300));

        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(403);
        assertThat(viaApi.json().get("detail").asString()).contains("data stewards", "ucdp-ged");
        assertThat(viaPage.status()).isEqualTo(403);
        assertThat(best()).isEqualTo(3);
        assertThat(rollup()).isEqualTo(rollupBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = 'china' AND action = 'import'"
                                + " AND outcome = 'denied'")
                        .query(Long.class)
                        .single())
                .as("refusals are audited")
                .isPositive();
    }

    @Test
    void aStewardNamedByTheSecretariatImportsAndEachChangeKeepsThePreviousVersion() {
        JsonNode first = uploads.importFile("secretariat", "ged.csv", ucdp(3));
        assertThat(api.put("/api/v1/events/stewards/ucdp-ged/ETH", "secretariat", null, null)
                        .status())
                .isIn(200, 201);
        try {
            JsonNode job = uploads.importFile("ethiopia", "ged.csv", ucdp(7));

            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
            assertThat(job.get("updated").asLong()).isEqualTo(1);
            assertThat(best()).isEqualTo(7);
            JsonNode record = api.get("/api/v1/events/ucdp-ged/" + key).json();
            JsonNode previous = record.get("history").get(0);
            assertThat(previous.get("event").get("fatalitiesBest").asInt()).isEqualTo(3);
            assertThat(previous.get("storedByImport").asString())
                    .isEqualTo(first.get("id").asString());
            assertThat(previous.get("changedBy").asString()).isEqualTo("ethiopia");
            assertThat(previous.get("changedByImport").asString())
                    .isEqualTo(job.get("id").asString());
            assertThat(previous.get("change").asString()).isEqualTo("UPDATED");
            String page = PageSession.anonymous(port)
                    .get("/early-warning/events/ucdp-ged/" + key)
                    .body();
            assertThat(page)
                    .contains(
                            "replaced by a newer row", "ethiopia", job.get("id").asString());
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'name-data-steward'"
                                    + " AND record_id = 'ucdp-ged/ETH'")
                            .query(Long.class)
                            .single())
                    .isPositive();
        } finally {
            assertThat(api.delete("/api/v1/events/stewards/ucdp-ged/ETH", "secretariat")
                            .status())
                    .isEqualTo(204);
        }
        assertThat(uploads.upload("ethiopia", "ged.csv", ucdp(9), null).status())
                .as("no longer a steward")
                .isEqualTo(403);
        assertThat(best()).isEqualTo(7);
    }

    @Test
    void onlyTheSecretariatNamesStewardsOfPublicSourcesAndOnlyRegisteredParties() {
        Api.Response byParty = api.put("/api/v1/events/stewards/acled/CHN", "china", null, null);
        Api.Response unknownParty = api.put("/api/v1/events/stewards/acled/XYZ", "secretariat", null, null);
        Api.Response ownSource = api.put("/api/v1/events/stewards/incidents/CHN", "secretariat", null, null);

        assertThat(byParty.status()).isEqualTo(403);
        assertThat(unknownParty.status()).isEqualTo(400);
        assertThat(unknownParty.json().get("field").asString()).isEqualTo("party");
        assertThat(ownSource.status()).isEqualTo(400);
        assertThat(ownSource.json().get("field").asString()).isEqualTo("source");
        Api.Response list = api.get("/api/v1/events/stewards", "china");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("acled").toString()).doesNotContain("CHN");
    }

    @Test
    void eachPartysIncidentReportsAreItsOwnAndNeverOverwriteAnothersOfTheSameId() {
        String header = "report_id,category,occurred_on,country,fatalities\n";

        JsonNode chinese = uploads.importFile(
                "china", "reports.csv", ImportOdditiesTests.bytes(header + "R-" + key + ",piracy,2024-03-12,SOM,0\n"));
        JsonNode kazakh = uploads.importFile(
                "kazakhstan",
                "reports.csv",
                ImportOdditiesTests.bytes(header + "R-" + key + ",piracy,2024-03-12,SOM,5\n"));

        assertThat(chinese.get("imported").asLong()).isEqualTo(1);
        assertThat(kazakh.get("imported").asLong())
                .as("not an update of China's report")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT source_id || '=' || fatalities_best FROM earlywarning_event"
                                + " WHERE source = 'incidents' AND source_id LIKE ? ORDER BY source_id")
                        .param("%:R-" + key)
                        .query(String.class)
                        .list())
                .containsExactly("CHN:R-" + key + "=0", "KAZ:R-" + key + "=5");
    }

    private int best() {
        return jdbc.sql("SELECT fatalities_best FROM earlywarning_event WHERE source = 'ucdp-ged' AND source_id = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private long rollup() {
        return jdbc.sql("SELECT fatalities FROM earlywarning_indicator WHERE unit_level = 'COUNTRY' AND unit = 'CAF'"
                        + " AND month = '2018-06-01' AND category = 'STATE_BASED_CONFLICT'")
                .query(Long.class)
                .single();
    }
}
