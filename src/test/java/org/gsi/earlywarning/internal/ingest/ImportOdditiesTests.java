package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Files carrying each oddity that real exports have, imported whole: every row that can be placed is stored as the
 * source states it, each oddity is listed with its line, field and words in the reader's language, and the counts
 * add up. A file that replaces its source's events for the period it covers retracts what it no longer holds.
 */
@PlatformTest
class ImportOdditiesTests {

    static final String ACLED = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,iso,"
            + "country,admin1,location,latitude,longitude,fatalities";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Uploads uploads;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        uploads = new Uploads(api, port);
        prefix = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    @Test
    void aFileWithEveryOddityIsImportedWholeWithEachOddityListedAndExactCounts() {
        String ucdp = "id,date_start,type_of_violence,country,country_id,latitude,longitude,best,low,high\n"
                + prefix + "1,2019-03-02,1,Mali,432,14.35,-3.61,12,6,9\n" // best above high
                + prefix + "2,2019-03-03,1,Ivory Coast,9999,5.35,-4.0,2,2,2\n" // unknown code, known name
                + prefix + "3,2019-03-04,1,Mali,432,14.35,-3.61,1,1,1\n"
                + prefix + "1,2019-03-05,1,Mali,432,14.35,-3.61,7,6,9\n" // the key of line 2 again
                + prefix + "4,2019-03-06,1,Atlantis,9999,1,1,1,1,1\n"; // cannot be placed

        JsonNode job = uploads.importFile("secretariat", "ged_oddities.csv", bytes(ucdp));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("read").asLong()).isEqualTo(5);
        assertThat(job.get("imported").asLong()).isEqualTo(3);
        assertThat(job.get("updated").asLong())
                .as("the repeated key replaces the row before it")
                .isEqualTo(1);
        assertThat(job.get("unchanged").asLong()).isZero();
        assertThat(job.get("rejected").asLong()).isEqualTo(1);
        assertThat(job.get("warnings").asLong()).isEqualTo(3);
        assertThat(warnings(job))
                .containsExactly(
                        "2 best FATALITIES_OUTSIDE_BOUNDS", "3 country_id COUNTRY_FROM_NAME", "5 id DUPLICATE_KEY");
        assertThat(job.get("warningRows").get(2).get("message").asString())
                .isEqualTo("key " + prefix + "1 already appeared on line 2; this later row is the one stored.");
        assertThat(job.get("rejectedRows").get(0).get("line").asLong()).isEqualTo(6);
        assertThat(stored(prefix + "1")).isEqualTo("7 6 9");
        assertThat(jdbc.sql("SELECT country FROM earlywarning_event WHERE source = 'ucdp-ged' AND source_id = ?")
                        .param(prefix + "2")
                        .query(String.class)
                        .single())
                .isEqualTo("CIV");
        EventImportTests.assertRollupsEqualADirectAggregation(jdbc);
    }

    @Test
    void warningsAreToldInTheReadersLanguage() {
        String ucdp =
                "id,date_start,type_of_violence,country_id,best,low,high\n" + prefix + "1,2019-04-02,1,432,12,6,9\n";
        JsonNode job = uploads.importFile("secretariat", "ged_fr.csv", bytes(ucdp));

        JsonNode french = api.send(
                        "GET",
                        "/api/v1/events/imports/" + job.get("id").asString(),
                        "secretariat",
                        null,
                        Map.of("Cookie", "gsi-lang=fr"))
                .json();

        assertThat(french.get("warningRows").get(0).get("message").asString())
                .isEqualTo("la meilleure estimation 12 sort de [bas 6, haut 9] ; conservée telle que la source"
                        + " l’indique.");
    }

    @Test
    void acledsCodeZeroIsKosovoAndAnUnknownCodeFallsBackOnTheName() {
        String acled = ACLED + "\n"
                + prefix + "K,2019-05-04,1,Protests,Peaceful protest,P,0,Kosovo,Pristina,Pristina,42.66,21.17,0\n"
                + prefix + "S,2019-05-04,1,Battles,Armed clash,A,7777,South Sudan,Jonglei,Bor,6.2,31.56,4\n";

        JsonNode job = uploads.importFile("secretariat", "acled.csv", bytes(acled));

        assertThat(job.get("imported").asLong()).isEqualTo(2);
        assertThat(job.get("rejected").asLong()).isZero();
        assertThat(warnings(job)).containsExactly("3 iso COUNTRY_FROM_NAME");
        assertThat(jdbc.sql("SELECT country FROM earlywarning_event WHERE source = 'acled' AND source_id LIKE ?"
                                + " ORDER BY source_id")
                        .param(prefix + "%")
                        .query(String.class)
                        .list())
                .containsExactly("XKX", "SSD");
    }

    @Test
    void aFileThatReplacesItsPeriodRetractsTheEventsItNoLongerHoldsKeepingThemInTheirHistory() {
        // a year no other test uses, as the replacement covers every ACLED event of its period
        String first = ACLED + "\n"
                + row("1", "1997-01-05", 3) + row("2", "1997-01-10", 4) + row("3", "1997-01-20", 5)
                + row("4", "1997-02-15", 6);
        String second = ACLED + "\n" + row("1", "1997-01-05", 3) + row("3", "1997-01-20", 8);
        uploads.importFile("secretariat", "acled-1997.csv", bytes(first));

        JsonNode job = uploads.importWith(
                "secretariat", "acled-1997-revised.csv", bytes(second), Map.of("replacePeriod", "true"));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("read").asLong()).isEqualTo(2);
        assertThat(job.get("unchanged").asLong()).isEqualTo(1);
        assertThat(job.get("updated").asLong()).isEqualTo(1);
        assertThat(job.get("retracted").asLong())
                .as("event 2 lies in the period and is not in the file")
                .isEqualTo(1);
        assertThat(job.get("replacePeriod").asBoolean()).isTrue();
        assertThat(keys()).containsExactly(prefix + "1", prefix + "3", prefix + "4");
        JsonNode retracted = api.get("/api/v1/events/acled/" + prefix + "2").json();
        assertThat(retracted.get("current").isNull()).isTrue();
        assertThat(retracted.get("history").get(0).get("change").asString()).isEqualTo("RETRACTED");
        assertThat(retracted.get("history").get(0).get("changedByImport").asString())
                .isEqualTo(job.get("id").asString());
        assertThat(retracted
                        .get("history")
                        .get(0)
                        .get("event")
                        .get("fatalitiesBest")
                        .asInt())
                .isEqualTo(4);
        JsonNode updated = api.get("/api/v1/events/acled/" + prefix + "3").json();
        assertThat(updated.get("current").get("event").get("fatalitiesBest").asInt())
                .isEqualTo(8);
        assertThat(updated.get("history").get(0).get("change").asString()).isEqualTo("UPDATED");
        assertThat(updated.get("history")
                        .get(0)
                        .get("event")
                        .get("fatalitiesBest")
                        .asInt())
                .isEqualTo(5);
        assertThat(api.get("/api/v1/indicators?unit=country&country=MLI&from=1997-01&to=1997-01")
                        .json()
                        .get("items")
                        .get(0)
                        .get("fatalities")
                        .asLong())
                .as("the retracted event is left out of the indicators")
                .isEqualTo(sumOfStoredFatalities("1997-01-01", "1997-01-31"));
        EventImportTests.assertRollupsEqualADirectAggregation(jdbc);
    }

    private String row(String n, String date, int deaths) {
        return prefix + n + "," + date + ",1,Battles,Armed clash,A,466,Mali,Mopti,Mopti,14.5,-4.2," + deaths + "\n";
    }

    private long sumOfStoredFatalities(String from, String to) {
        return jdbc.sql("SELECT sum(fatalities_best) FROM earlywarning_event WHERE country = 'MLI'"
                        + " AND event_date BETWEEN ?::date AND ?::date")
                .params(from, to)
                .query(Long.class)
                .single();
    }

    private List<String> keys() {
        return jdbc.sql("SELECT source_id FROM earlywarning_event WHERE source = 'acled' AND source_id LIKE ?"
                        + " ORDER BY source_id")
                .param(prefix + "%")
                .query(String.class)
                .list();
    }

    private String stored(String key) {
        return jdbc.sql("SELECT fatalities_best || ' ' || fatalities_low || ' ' || fatalities_high"
                        + " FROM earlywarning_event WHERE source = 'ucdp-ged' AND source_id = ?")
                .param(key)
                .query(String.class)
                .single();
    }

    static List<String> warnings(JsonNode job) {
        List<String> out = new ArrayList<>();
        job.get("warningRows")
                .forEach(w -> out.add(w.get("line").asLong() + " "
                        + w.get("field").asString() + " " + w.get("kind").asString()));
        return out;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
