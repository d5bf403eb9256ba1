package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
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
 * A reduced UCDP extract, gzip-compressed, goes in whole by each way into the store: the API, the import page and
 * the command line; a header without the columns a row needs is refused on each of them with the columns named.
 */
@PlatformTest
class CompressedExtractImportTests {

    static final String HEADER = "id,year,date_start,type_of_violence,conflict_name,side_a,side_b,country,country_id,"
            + "latitude,longitude,priogrid_gid,best,low,high";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventImportCommand command;

    Api api;
    Uploads uploads;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        uploads = new Uploads(api, port);
    }

    /** Three rows with ids of their own; the first states a cell other than its point's (179779). */
    static String extract(String prefix) {
        return HEADER + "\n"
                + prefix + "1,2017,2017-07-31,1,Iraq: Government,Government of Iraq,IS,Afghanistan,700,"
                + "34.531094,69.162796,180000,6,6,6\n"
                + prefix
                + "2,1989,1989-01-23,1,Afghanistan: Government,Government of Afghanistan,Jamiat,Afghanistan,700,"
                + "35.315833,69.038889,180499,600,600,600\n"
                + prefix + "3,2020,2020-05-02,2,Fulani - Dogon,Fulani,Dogon,Mali,432,14.35,-3.61,,9,8,12\n";
    }

    static String prefix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    @Test
    void aCompressedReducedExtractUploadedThroughTheApiIsImportedWholeWithTheCellsItStates() {
        String prefix = prefix();

        JsonNode job = uploads.importFile("secretariat", "ged211_extract.csv.gz", gzip(extract(prefix)));

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("format").asString()).isEqualTo("ucdp-ged");
        assertThat(job.get("read").asLong()).isEqualTo(3);
        assertThat(job.get("imported").asLong()).isEqualTo(3);
        assertThat(cells(prefix)).containsExactly(180_000, 180_499, 150_113);
        assertThat(jdbc.sql("SELECT source_version FROM earlywarning_event WHERE source = 'ucdp-ged' AND source_id = ?")
                        .param(prefix + "1")
                        .query(String.class)
                        .single())
                .isEqualTo("21.1");
        EventImportTests.assertRollupsEqualADirectAggregation(jdbc);
    }

    @Test
    void theImportPageTakesTheCompressedFileToo() {
        String prefix = prefix();
        PageSession page = PageSession.login(port, "secretariat");

        PageSession.Page sent = page.upload(
                "/early-warning/imports", "/early-warning/imports", Map.of(), "extract.csv.gz", gzip(extract(prefix)));

        assertThat(sent.status()).isEqualTo(302);
        String id = sent.location().substring(sent.location().lastIndexOf('/') + 1);
        JsonNode job = uploads.await(id, "secretariat");
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("imported").asLong()).isEqualTo(3);
        assertThat(cells(prefix)).containsExactly(180_000, 180_499, 150_113);
    }

    @Test
    void theCommandLineTakesTheCompressedFileToo() throws IOException {
        String prefix = prefix();
        Path file = Files.createTempFile("extract", ".csv.gz");
        Files.write(file, gzip(extract(prefix)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status =
                command.run(List.of("import", file.toString()), new PrintStream(out, true), new PrintStream(err, true));

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("3 rows = 3 imported + 0 updated + 0 unchanged + 0 rejected");
        assertThat(cells(prefix)).containsExactly(180_000, 180_499, 150_113);
        Files.delete(file);
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefusedOnEveryPathNamingThem() throws IOException {
        byte[] file = gzip("id,year,date_start,country,latitude,longitude\n1,2017,2017-01-01,Mali,14.3,-3.6\n");
        long jobsBefore = jobs();

        Api.Response viaApi = uploads.upload("secretariat", "extract.csv.gz", file, null);
        PageSession.Page viaPage = PageSession.login(port, "secretariat")
                .upload("/early-warning/imports", "/early-warning/imports", Map.of(), "extract.csv.gz", file);
        Path path = Files.createTempFile("extract", ".csv.gz");
        Files.write(path, file);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(
                List.of("import", path.toString()),
                new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true));
        Files.delete(path);

        assertThat(viaApi.status()).isEqualTo(400);
        assertThat(viaApi.json().get("field").asString()).isEqualTo("file");
        assertThat(viaApi.json().get("detail").asString())
                .contains("lacks the columns type_of_violence, best or best_est");
        assertThat(viaPage.status()).isEqualTo(400);
        assertThat(viaPage.body()).contains("type_of_violence, best or best_est");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("type_of_violence, best or best_est");
        assertThat(jobs()).as("nothing was queued").isEqualTo(jobsBefore);
    }

    private List<Integer> cells(String prefix) {
        return jdbc.sql("SELECT coalesce(gid, 0) FROM earlywarning_event WHERE source = 'ucdp-ged'"
                        + " AND source_id LIKE ? ORDER BY source_id")
                .param(prefix + "%")
                .query(Integer.class)
                .list();
    }

    private long jobs() {
        return jdbc.sql("SELECT count(*) FROM earlywarning_import_job")
                .query(Long.class)
                .single();
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
