package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PlatformTest
class EventImportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Uploads uploads;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        uploads = new Uploads(api, port);
    }

    /** The 120-row GED sample with ids made unique to this test run, so no other test has stored them. */
    static String uniqueGedSample() throws IOException {
        String prefix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        try (InputStream in = EventImportTests.class.getResourceAsStream("/earlywarning/ged-v23_1-car-120.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
            lines.stream().skip(1).forEach(l -> out.append(prefix).append(l).append('\n'));
            return out.toString();
        }
    }

    @Test
    void importingTheSameFileTwiceStoresEveryEventOnceAndCountsTheSecondRunAsUnchanged() throws IOException {
        byte[] file = uniqueGedSample().getBytes(StandardCharsets.UTF_8);

        JsonNode first = uploads.importFile("secretariat", "GEDEvent_v23_1_sample.csv", file);
        JsonNode second = uploads.importFile("secretariat", "GEDEvent_v23_1_sample.csv", file);

        assertThat(first.get("status").asString()).isEqualTo("DONE");
        assertThat(first.get("format").asString()).isEqualTo("ucdp-ged");
        assertThat(first.get("read").asLong())
                .isEqualTo(second.get("read").asLong())
                .isPositive();
        assertThat(first.get("imported").asLong() + first.get("rejected").asLong())
                .isEqualTo(first.get("read").asLong());
        assertThat(second.get("imported").asLong()).isZero();
        assertThat(second.get("updated").asLong()).isZero();
        assertThat(second.get("unchanged").asLong())
                .isEqualTo(first.get("imported").asLong());
        assertThat(second.get("rejected").asLong())
                .isEqualTo(first.get("rejected").asLong());
    }

    @Test
    void aChangedRowIsCountedAsUpdatedAndTheRollupsFollowIt() throws IOException {
        String original = uniqueGedSample();
        uploads.importFile("secretariat", "ged.csv", original.getBytes(StandardCharsets.UTF_8));
        List<String> lines = original.lines().toList();
        String firstId = lines.get(1).substring(0, lines.get(1).indexOf(','));
        String changed = original.replace(lines.get(1), lines.get(1).replace(",Clear,", ",Check,"));

        JsonNode job = uploads.importFile("secretariat", "ged.csv", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("updated").asLong()).isEqualTo(1);
        assertThat(job.get("imported").asLong()).isZero();
        assertThat(job.get("read").asLong())
                .isEqualTo(job.get("updated").asLong()
                        + job.get("unchanged").asLong()
                        + job.get("rejected").asLong());
        assertThat(jdbc.sql("SELECT count(*) FROM earlywarning_event WHERE source = 'ucdp-ged' AND source_id = ?")
                        .param(firstId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertRollupsEqualADirectAggregation(jdbc);
    }

    @Test
    void aRowWithAnUnknownCountryIsRejectedWithItsLineAndOneWithBadCoordinatesKeptWithoutThem() {
        String prefix = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "-";
        String csv = "report_id,category,occurred_on,date_precision,country,admin1,admin2,location,latitude,"
                + "longitude,actor1,actor2,fatalities,reported_by,description\n"
                + prefix + "1,piracy,2024-03-12,day,SOM,Bari,,Off Eyl,10.2,51.3,Pirates,MV Example,0,KEN,ok\n"
                + prefix + "2,piracy,2024-03-13,day,XXX,,,Nowhere,,,A,B,0,KEN,unknown country\n"
                + prefix + "3,piracy,2024-03-14,day,SOM,,,Far north,95.0,51.3,A,B,0,KEN,bad latitude\n";

        JsonNode job = uploads.importFile("china", "incidents.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("read").asLong()).isEqualTo(3);
        assertThat(job.get("imported").asLong()).isEqualTo(2);
        assertThat(job.get("rejected").asLong()).isEqualTo(1);
        List<Long> lines = java.util.stream.StreamSupport.stream(
                        job.get("rejectedRows").spliterator(), false)
                .map(r -> r.get("line").asLong())
                .toList();
        assertThat(lines).containsExactly(3L);
        JsonNode rejected = job.get("rejectedRows").get(0);
        assertThat(rejected.get("kind").asString()).isEqualTo("ALPHA3_UNKNOWN");
        assertThat(rejected.get("arguments")).extracting(JsonNode::asString).containsExactly("XXX");
        assertThat(rejected.get("reason").asString())
                .isEqualTo("\"XXX\" is not a known ISO 3166-1 alpha-3 country code.");
        assertThat(ImportOdditiesTests.warnings(job)).containsExactly("4 latitude,longitude COORDINATES_DROPPED");
        assertThat(jdbc.sql("SELECT count(*) FROM earlywarning_event WHERE source = 'incidents' AND source_id = ?"
                                + " AND latitude IS NULL")
                        .param("CHN:" + prefix + "3")
                        .query(Long.class)
                        .single())
                .as("stored under China's own key, without the point")
                .isEqualTo(1);
    }

    @Test
    void aFileOfNoKnownLayoutIsRefusedNamingTheExpectedLayouts() {
        Api.Response r = uploads.upload("secretariat", "notes.txt", "hello;world\n1;2\n".getBytes(), null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("file");
        assertThat(r.json().get("detail").asString()).contains("ucdp-ged", "acled", "gdelt2");
    }

    @Test
    void aFileStillBeingImportedIsRefusedUntilItsJobEnds() throws Exception {
        byte[] file = uniqueGedSample().getBytes(StandardCharsets.UTF_8);
        String hash = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        java.util.UUID running = java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO earlywarning_import_job (id, file_name, file_hash, status, submitted_by,"
                        + " submitted_party) VALUES (?, 'ged.csv', ?, 'RUNNING', 'secretariat', 'gsi-secretariat')")
                .params(running, hash)
                .update();
        try {
            Api.Response refused = uploads.upload("secretariat", "ged.csv", file, null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body()).contains(running.toString());
        } finally {
            jdbc.sql("UPDATE earlywarning_import_job SET status = 'FAILED' WHERE id = ?")
                    .params(running)
                    .update();
        }
        assertThat(uploads.importFile("secretariat", "ged.csv", file)
                        .get("status")
                        .asString())
                .isEqualTo("DONE");
    }

    @Test
    void importsNeedALoginAndAnEditingRole() {
        assertThat(uploads.upload(null, "x.csv", "a".getBytes(), null).status()).isIn(401, 403);
        assertThat(api.get("/api/v1/events/imports").status()).isEqualTo(401);
    }

    static void assertRollupsEqualADirectAggregation(JdbcClient jdbc) {
        String direct = "SELECT u.level, u.unit, e.country, e.month, e.category, count(*) AS events,"
                + " sum(coalesce(e.fatalities_best, 0)) AS fatalities,"
                + " count(*) FILTER (WHERE e.quad_class >= 3) AS conflictual,"
                + " count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperative,"
                + " sum(coalesce(e.goldstein, 0)) AS goldstein_sum FROM earlywarning_event e"
                + " CROSS JOIN LATERAL (VALUES ('COUNTRY', e.country::text), ('ADMIN1', CASE WHEN e.admin1 <> ''"
                + " THEN earlywarning_admin1_unit(e.country, e.admin1) END), ('GRID', e.gid::text)) u(level, unit)"
                + " WHERE u.unit IS NOT NULL GROUP BY 1, 2, 3, 4, 5";
        String stored = "SELECT unit_level, unit, country, month, category, events, fatalities, conflictual,"
                + " cooperative, goldstein_sum FROM earlywarning_indicator";
        long differences = jdbc.sql("SELECT count(*) FROM ((" + direct + " EXCEPT " + stored + ") UNION ALL (" + stored
                        + " EXCEPT " + direct + ")) d")
                .query(Long.class)
                .single();
        long rows = jdbc.sql("SELECT count(*) FROM earlywarning_indicator")
                .query(Long.class)
                .single();
        assertThat(rows).isPositive();
        assertThat(differences).isZero();
    }

    @Test
    void theEventListCountsWhatADirectCountOfTheEventsCountsWhicheverWayItIsFiltered() {
        String[] filters = {
            "",
            "country=CAF",
            "country=CAF&category=STATE_BASED_CONFLICT",
            "country=CAF&from=2021-01-01&to=2022-06-30",
            "from=2022-03-01",
            "country=CAF&from=2021-01-15&to=2022-06-30",
            "country=CAF&source=ucdp-ged",
        };
        String[] where = {
            "true",
            "country = 'CAF'",
            "country = 'CAF' AND category = 'STATE_BASED_CONFLICT'",
            "country = 'CAF' AND event_date BETWEEN '2021-01-01' AND '2022-06-30'",
            "event_date >= '2022-03-01'",
            "country = 'CAF' AND event_date BETWEEN '2021-01-15' AND '2022-06-30'",
            "country = 'CAF' AND source = 'ucdp-ged'",
        };
        for (int i = 0; i < filters.length; i++) {
            long direct = jdbc.sql("SELECT count(*) FROM earlywarning_event WHERE " + where[i])
                    .query(Long.class)
                    .single();
            assertThat(api.get("/api/v1/events?size=1&" + filters[i])
                            .json()
                            .get("total")
                            .asLong())
                    .as(filters[i])
                    .isEqualTo(direct);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM earlywarning_event WHERE country = 'CAF'")
                        .query(Long.class)
                        .single())
                .as("the demo extract is stored")
                .isPositive();
    }

    @Test
    void theDemoExtractFeedsTheEventListTheIndicatorsAndTheirExports() {
        JsonNode events = api.get("/api/v1/events?country=CAF&source=ucdp-ged&from=2022-01-01&to=2022-12-31&size=5")
                .json();
        assertThat(events.get("total").asLong()).isPositive();
        assertThat(events.get("items").get(0).get("country").asString()).isEqualTo("CAF");
        Long fatalities2022 = jdbc.sql("SELECT sum(fatalities_best) FROM earlywarning_event WHERE country = 'CAF'"
                        + " AND event_date BETWEEN '2022-01-01' AND '2022-12-31'")
                .query(Long.class)
                .single();

        JsonNode indicators = api.get("/api/v1/indicators?unit=country&country=CAF&from=2022-01&to=2022-12&size=500")
                .json();
        long sum = 0;
        for (JsonNode row : indicators.get("items")) {
            sum += row.get("fatalities").asLong();
        }
        assertThat(sum).isEqualTo(fatalities2022);
        assertThat(api.get("/api/v1/indicators?unit=admin1&country=CAF&from=2022-01&to=2022-12")
                        .json()
                        .get("items")
                        .get(0)
                        .get("unit")
                        .asString())
                .startsWith("CAF/");
        Api.Response csv = api.get("/api/v1/indicators/export.csv?unit=grid&country=CAF&from=2022-01&to=2022-12");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("unit_level,unit,country,country_name,month");
        assertThat(api.get("/api/v1/events/export.csv?country=CAF&from=2022-12-01")
                        .body())
                .contains("ucdp-ged");
        assertThat(api.get("/api/v1/indicators?unit=province")
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("unit");
        assertRollupsEqualADirectAggregation(jdbc);
    }
}
