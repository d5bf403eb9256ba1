package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Cooperation refuses in the reader's language; the reasons and warnings of an IATI import are said in the reader's language when the report is read, on the
 * import page and in the API, which also gives their message keys and arguments; a report stored before they were
 * keyed still shows its English sentences as written.
 */
@PlatformTest
class CooperationLanguagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "XL-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** One activity whose transaction value is not a number (rejected), one without a sector that maps (warned). */
    String file() {
        String rejected = IatiImportTests.activity(
                prefix + "-1",
                2,
                "",
                "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2025-02-01\"/>"
                        + "<value>ten</value></transaction>\n");
        String warned = IatiImportTests.activity(prefix + "-2", 2, "", "<sector vocabulary=\"1\" code=\"11110\"/>\n");
        return IatiImportTests.file(rejected, warned);
    }

    String started() {
        Api.Response accepted = api.send(
                "POST",
                "/api/v1/imports/iati",
                "indonesia",
                file(),
                Map.of("Content-Type", "application/xml", "Prefer", "respond-async"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted.json().get("id").asString();
    }

    JsonNode finished(String id, String language) throws InterruptedException {
        JsonNode job = null;
        for (int i = 0; i < 600; i++) {
            Api.Response r = api.send(
                    "GET", "/api/v1/imports/iati/" + id, "indonesia", null, Map.of("Accept-Language", language));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            job = r.json();
            if (job.get("state").asString().equals("done")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not finish: " + job);
    }

    static JsonNode activity(JsonNode job, String identifier) {
        for (JsonNode a : job.get("activities")) {
            if (a.get("identifier").asString().equals(identifier)) {
                return a;
            }
        }
        throw new AssertionError(identifier + " is not in " + job);
    }

    @Test
    void aRejectedActivityReadsInFrenchOnThePageAndInTheApiWithItsKeyAndArguments() throws Exception {
        String id = started();

        JsonNode french = finished(id, "fr");
        JsonNode rejected = activity(french, prefix + "-1");
        assertThat(rejected.get("outcome").asString()).isEqualTo("rejected");
        assertThat(rejected.get("reason").asString())
                .contains("le montant « ten » n’est pas un nombre décimal")
                .doesNotContain("is not a decimal");
        assertThat(rejected.get("reasonMessage").get("key").asString()).isEqualTo("cooperation.iati.partRejected");
        JsonNode cause = rejected.get("reasonMessage").get("arguments").get(2);
        assertThat(cause.get("key").asString()).isEqualTo("cooperation.iati.notDecimal");
        assertThat(cause.get("arguments").get(0).asString()).isEqualTo("ten");
        JsonNode warned = activity(french, prefix + "-2");
        assertThat(warned.get("warnings").get(0).asString())
                .isEqualTo("aucun secteur ne correspond à un domaine prioritaire ; importé comme non classé");
        assertThat(warned.get("warningMessages").get(0).get("key").asString())
                .isEqualTo("cooperation.iati.unclassified");

        JsonNode english = finished(id, "en");
        assertThat(activity(english, prefix + "-1").get("reason").asString())
                .contains("value 'ten' is not a decimal number");
        JsonNode chinese = finished(id, "zh");
        assertThat(activity(chinese, prefix + "-1").get("reason").asString()).contains("金额“ten”不是十进制数");

        Api.Response page = api.send("GET", "/imports/iati/" + id, "indonesia", null, Map.of("Cookie", "gsi-lang=fr"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("le montant « ten » n’est pas un nombre décimal")
                .contains("importé comme non classé")
                .doesNotContain("is not a decimal number");
    }

    @Test
    void totalsByAnUnknownGroupingAreRefusedInFrenchAndInChinese() {
        Api.Response french = api.send(
                "GET", "/api/v1/transactions/totals?by=colour", "ethiopia", null, Map.of("Accept-Language", "fr"));
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("detail").asString())
                .isEqualTo("by: Choisissez l’un de ces regroupements : fund, area, region, party, year.");
        Api.Response chinese = api.send(
                "GET", "/api/v1/transactions/totals?by=colour", "ethiopia", null, Map.of("Accept-Language", "zh"));
        assertThat(chinese.json().get("detail").asString())
                .isEqualTo("by: 请从以下分组中选择一个：fund, area, region, party, year。");
    }

    @Test
    void aReportStoredWithEnglishSentencesStillShowsThemAsWritten() throws Exception {
        String id = started();
        finished(id, "en");
        String sentence = "value 'eleven' is not a decimal number";
        jdbc.sql("UPDATE cooperation_iati_import_entry SET reason = ?, warnings = ? WHERE import_id = ?"
                        + " AND outcome = 'rejected'")
                .params(sentence, new String[] {"an old warning in English"}, UUID.fromString(id))
                .update();

        JsonNode rejected = activity(finished(id, "fr"), prefix + "-1");
        assertThat(rejected.get("reason").asString()).isEqualTo(sentence);
        assertThat(rejected.get("warnings").get(0).asString()).isEqualTo("an old warning in English");
        assertThat(rejected.get("reasonMessage").get("key").asString()).isEqualTo("message.untranslated");
        assertThat(api.send("GET", "/imports/iati/" + id, "indonesia", null, Map.of("Cookie", "gsi-lang=ar"))
                        .body())
                .contains("an old warning in English");
    }
}
