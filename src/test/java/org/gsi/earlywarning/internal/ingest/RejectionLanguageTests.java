package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The rejected rows of an import are kept as why and the values the file had, and each reader reads them in their
 * own language, on the API and on the job's page; a row rejected before reasons were kept that way still shows the
 * sentence stored then.
 */
@PlatformTest
class RejectionLanguageTests {

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
        prefix = "R" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    /** GDELT 1.0 daily rows, two of them good and every other one wrong in its own way. */
    private byte[] messyGdelt() {
        List<String> lines = new ArrayList<>();
        lines.add(GdeltParserTests.gdelt1Row(prefix + "1", "20160728", "UK", "51.5", "-0.12"));
        lines.add(GdeltParserTests.gdelt1Row(prefix + "2", "20160728", "ZZ", "51.5", "-0.12"));
        lines.add(GdeltParserTests.gdelt1Row(prefix + "3", "20161328", "UK", "51.5", "-0.12"));
        lines.add(prefix + "4\t20160728\tonly three");
        lines.add(GdeltParserTests.gdelt1Row(prefix + "5", "20160729", "FR", "48.85", "2.35"));
        lines.add(GdeltParserTests.gdelt1Row(prefix + "6", "20160728", "", "", ""));
        lines.add(with(GdeltParserTests.gdelt1Row(prefix + "7", "20160728", "UK", "51.5", "-0.12"), 30, "-12.5"));
        lines.add(with(GdeltParserTests.gdelt1Row(prefix + "8", "20160728", "UK", "51.5", "-0.12"), 28, "25"));
        lines.add(with(GdeltParserTests.gdelt1Row(prefix + "9", "20160728", "UK", "51.5", "-0.12"), 29, "7"));
        lines.add(GdeltParserTests.gdelt1Row(prefix + "10", "2016-07-28", "UK", "51.5", "-0.12"));
        lines.add(GdeltParserTests.gdelt1Row(prefix + "11", "7".repeat(500), "UK", "51.5", "-0.12"));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String with(String row, int field, String value) {
        String[] fields = row.split("\t", -1);
        fields[field] = value;
        return String.join("\t", fields);
    }

    private JsonNode importedAndReadIn(String language) {
        JsonNode done = uploads.importFile("secretariat", "messy-" + prefix + ".export.CSV", messyGdelt());
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        return api.send(
                        "GET",
                        "/api/v1/events/imports/" + done.get("id").asString(),
                        "secretariat",
                        null,
                        Map.of("Accept-Language", language))
                .json();
    }

    private static List<String> rejections(JsonNode job) {
        List<String> said = new ArrayList<>();
        job.get("rejectedRows")
                .forEach(r ->
                        said.add(r.get("line").asLong() + ": " + r.get("reason").asString()));
        return said;
    }

    private static void assertCountsAndKinds(JsonNode job) {
        assertThat(job.get("read").asLong()).isEqualTo(11);
        assertThat(job.get("imported").asLong()).isEqualTo(2);
        assertThat(job.get("rejected").asLong()).isEqualTo(9);
        List<String> kinds = new ArrayList<>();
        job.get("rejectedRows").forEach(r -> {
            List<String> arguments = new ArrayList<>();
            r.get("arguments").forEach(a -> arguments.add(a.asString()));
            kinds.add(r.get("line").asLong() + " " + r.get("kind").asString() + " " + arguments);
        });
        assertThat(kinds)
                .containsExactly(
                        "2 FIPS_UNKNOWN [ZZ]",
                        "3 DATE_INVALID [SQLDATE, 20161328]",
                        "4 TAB_FIELD_COUNT_EITHER [57, 58, 3]",
                        "6 PLACE_EMPTY [ActionGeo_CountryCode]",
                        "7 GOLDSTEIN_OUT_OF_RANGE [-12.5]",
                        "8 ROOT_CODE_OUT_OF_RANGE [25]",
                        "9 QUAD_CLASS_OUT_OF_RANGE [7]",
                        "10 DATE_NOT_YYYYMMDD [SQLDATE, 2016-07-28]",
                        "11 DATE_NOT_YYYYMMDD [SQLDATE, " + "7".repeat(200) + "…]");
    }

    @Test
    void aFrenchReaderReadsEveryRejectedRowOfAMessyGdeltFileInFrenchWithItsLine() {
        JsonNode job = importedAndReadIn("fr");

        assertCountsAndKinds(job);
        assertThat(rejections(job))
                .containsExactly(
                        "2: « ZZ » n’est pas un code de pays FIPS 10-4 connu.",
                        "3: SQLDATE « 20161328 » n’est pas un jour du calendrier.",
                        "4: 57 ou 58 champs séparés par des tabulations attendus, 3 trouvés : la ligne n’est pas une"
                                + " ligne de ce format GDELT.",
                        "6: ActionGeo_CountryCode est vide : l’événement n’a pas de lieu.",
                        "7: GoldsteinScale « -12.5 » n’est pas compris dans [-10, 10].",
                        "8: le code racine CAMEO « 25 » n’est pas compris entre 01 et 20.",
                        "9: QuadClass « 7 » n’est pas compris entre 1 et 4.",
                        "10: SQLDATE « 2016-07-28 » n’est pas une date écrite aaaammjj.",
                        "11: SQLDATE « " + "7".repeat(200) + "… » n’est pas une date écrite aaaammjj.");
    }

    @Test
    void anArabicReaderReadsEveryRejectedRowOfAMessyGdeltFileInArabicAndThePageToo() {
        JsonNode job = importedAndReadIn("ar");

        assertCountsAndKinds(job);
        assertThat(rejections(job))
                .containsExactly(
                        "2: \"ZZ\" ليس رمز بلد معروفًا في FIPS 10-4.",
                        "3: قيمة SQLDATE \"20161328\" ليست يومًا موجودًا في التقويم.",
                        "4: المتوقع 57 أو 58 حقلًا مفصولة بعلامات الجدولة، والموجود 3: هذا السطر ليس صفًا من صيغة"
                                + " GDELT هذه.",
                        "6: الحقل ActionGeo_CountryCode فارغ: لا مكان للحدث.",
                        "7: قيمة GoldsteinScale \"-12.5\" ليست ضمن [-10، 10].",
                        "8: رمز CAMEO الجذري \"25\" ليس بين 01 و20.",
                        "9: قيمة QuadClass \"7\" ليست من 1 إلى 4.",
                        "10: قيمة SQLDATE \"2016-07-28\" ليست تاريخًا مكتوبًا بالصيغة yyyymmdd.",
                        "11: قيمة SQLDATE \"" + "7".repeat(200) + "…\" ليست تاريخًا مكتوبًا بالصيغة yyyymmdd.");

        String page = PageSession.login(port, "secretariat")
                .get("/early-warning/imports/" + job.get("id").asString() + "?lang=ar")
                .body();
        assertThat(page)
                .contains("ليس رمز بلد معروفًا في FIPS 10-4.")
                .contains("رمز CAMEO الجذري &quot;25&quot; ليس بين 01 و20.")
                .doesNotContain("is not a known FIPS 10-4 country code");
    }

    @Test
    void aRowRejectedBeforeReasonsWereKeptAsKindsShowsTheSentenceStoredThen() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO earlywarning_import_job (id, file_name, file_hash, format, status, submitted_by,"
                        + " submitted_party, read_rows, rejected, finished_at) VALUES (?, 'old.csv', ?, 'gdelt1',"
                        + " 'DONE', 'secretariat', '', 1, 1, now())")
                .params(id, id.toString())
                .update();
        jdbc.sql("INSERT INTO earlywarning_import_rejection (job_id, line, reason) VALUES (?, 7, ?)")
                .params(id, "unknown FIPS 10-4 country code 'ZZ'")
                .update();

        JsonNode job = api.send(
                        "GET", "/api/v1/events/imports/" + id, "secretariat", null, Map.of("Accept-Language", "fr"))
                .json();

        JsonNode row = job.get("rejectedRows").get(0);
        assertThat(row.get("line").asLong()).isEqualTo(7);
        assertThat(row.get("reason").asString()).isEqualTo("unknown FIPS 10-4 country code 'ZZ'");
        assertThat(row.path("kind").isNull() || row.path("kind").isMissingNode())
                .as(row.toString())
                .isTrue();
        assertThat(row.get("arguments")).isEmpty();
        assertThat(PageSession.login(port, "secretariat")
                        .get("/early-warning/imports/" + id + "?lang=fr")
                        .body())
                .contains("unknown FIPS 10-4 country code &#39;ZZ&#39;");
    }
}
