package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gsi.Api;
import org.gsi.JobNodes;
import org.gsi.PlatformTest;
import org.gsi.platform.DatabaseCredentials;
import org.gsi.platform.GsiProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What a background IATI import does when the database fails under it. Queuing a file is all or nothing: a failure
 * at any of its steps (the job's row, the copy of the file, the scheduler's row) leaves none of them, nor the spooled
 * file, and the uploader is told. A failure of the database while an activity is written is no refusal of the
 * activity: the attempt ends, and the next one goes on past what was committed; an activity the platform refuses for
 * its data stays a rejection with its reason. The failures are real: a trigger refuses a row, a connection is ended.
 */
@PlatformTest
@TestPropertySource(properties = {"gsi.jobs.enabled=false", "gsi.earlywarning.import-chunk-rows=7"})
class IatiImportFailureTests {

    private static final String KIND = "cooperation-iati-import";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GsiProperties properties;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    @Qualifier("iatiImportJob")
    OneTimeTask<Void> iatiImportJob;

    Api api;
    JobNodes nodes;
    final List<ApplicationListener<?>> listeners = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        nodes = new JobNodes(dataSource);
    }

    @AfterEach
    void tearDown() throws SQLException {
        listeners.forEach(multicaster::removeApplicationListener);
        nodes.close();
        asOwner("DROP TRIGGER IF EXISTS test_refused ON cooperation_iati_import;"
                + " DROP TRIGGER IF EXISTS test_refused ON platform_job_file_part;"
                + " DROP TRIGGER IF EXISTS test_refused ON platform_job;"
                + " DROP FUNCTION IF EXISTS test_refuse_upload()");
    }

    @Test
    void aFailureAtAnyStepOfQueuingLeavesNothingBehindAndTheUploaderIsTold() throws Exception {
        String xml = DurableIatiImportTests.activities(
                "QUEUE-" + UUID.randomUUID().toString().substring(0, 8), 1, false);
        for (String step : List.of("cooperation_iati_import", "platform_job_file_part", "platform_job")) {
            String fileName = "refused-" + UUID.randomUUID() + ".xml";
            refuseRowsOf(step, fileName);
            Set<String> spooled = spooled();
            long jobs = count("SELECT count(*) FROM platform_job WHERE task_name = '" + KIND + "'");
            long files = count("SELECT count(DISTINCT file_id) FROM platform_job_file_part");

            HttpResponse<String> refused = upload(fileName, xml, "fr");

            assertThat(refused.statusCode()).as(step + ": " + refused.body()).isEqualTo(503);
            JsonNode problem = Api.json().readTree(refused.body());
            assertThat(problem.get("title").asString()).isEqualTo("Importation non mise en file d’attente");
            assertThat(problem.get("detail").asString())
                    .isEqualTo("Le fichier n’a pas pu être mis en file d’attente pour l’importation, et rien n’en a"
                            + " été conservé ; renvoyez-le dans un instant.");
            assertThat(count("SELECT count(*) FROM cooperation_iati_import WHERE file_name = '" + fileName + "'"))
                    .as(step + ": no job")
                    .isZero();
            assertThat(count("SELECT count(*) FROM platform_job WHERE task_name = '" + KIND + "'"))
                    .as(step + ": no task")
                    .isEqualTo(jobs);
            assertThat(count("SELECT count(DISTINCT file_id) FROM platform_job_file_part"))
                    .as(step + ": no file kept in the database")
                    .isEqualTo(files);
            assertThat(spooled()).as(step + ": no file in the spool").isEqualTo(spooled);
            assertThat(orphans()).as(step).isZero();
            tearDown();
        }

        String fileName = "accepted-" + UUID.randomUUID() + ".xml";
        HttpResponse<String> accepted = upload(fileName, xml, "fr");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = Api.json().readTree(accepted.body()).get("id").asString();
        assertThat(count("SELECT count(*) FROM platform_job WHERE task_name = '" + KIND + "' AND task_instance = '" + id
                        + "'"))
                .as("the job's task is queued with it")
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM platform_job_file_part WHERE file_id = '" + id + "'"))
                .isPositive();
        nodes.start("node-q", List.of(iatiImportJob));
        assertThat(DurableIatiImportTests.awaitEnd(api, "/api/v1/imports/iati/" + id, reading -> {})
                        .get("state")
                        .asString())
                .isEqualTo("done");
        assertThat(nodes.noneLeft(KIND)).isTrue();
    }

    @Test
    void aLostConnectionEndsTheAttemptAndTheNextGoesOnWhileADataRefusalStaysARejection() throws Exception {
        String run = "LOST-" + UUID.randomUUID().toString().substring(0, 8);
        String xml = DurableIatiImportTests.activities(run, 1, false);
        // the file's first activity names a project China imported first: Indonesia's import refuses it for its data
        String chinas = firstIdentifier(xml);
        String first = xml.substring(xml.indexOf("<iati-activity "), xml.indexOf("</iati-activity>") + 16);
        Api.Response china = api.send(
                "POST",
                "/api/v1/imports/iati?priorityArea=III.18",
                "china",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n" + first
                        + "\n</iati-activities>\n",
                java.util.Map.of("Content-Type", "application/xml"));
        assertThat(china.status()).as(china.body()).isEqualTo(200);
        assertThat(china.json().get("imported").asInt()).as(china.body()).isEqualTo(1);
        int activities = xml.split("<iati-activity ", -1).length - 1;

        AtomicInteger written = new AtomicInteger();
        listen(event -> {
            if (event instanceof PayloadApplicationEvent<?> p
                    && p.getPayload() instanceof ProjectEvent
                    && written.incrementAndGet() == 5) {
                // the database ends this activity's connection inside its transaction
                DurableIatiImportTests.endConnection(dataSource);
            }
        });
        HttpResponse<String> accepted = upload("lost.xml", xml, "en");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = Api.json().readTree(accepted.body()).get("id").asString();
        String location = "/api/v1/imports/iati/" + id;

        nodes.start("node-l", List.of(iatiImportJob));
        long failures = 0;
        for (int i = 0; i < 300 && failures == 0; i++) {
            Thread.sleep(200);
            failures = count("SELECT coalesce(max(consecutive_failures), 0) FROM platform_job WHERE task_name = '"
                    + KIND + "' AND task_instance = '" + id + "'");
        }
        assertThat(failures)
                .as("the attempt failed and the job waits for the next: " + DurableIatiImportTests.job(api, location))
                .isEqualTo(1);
        JsonNode between = DurableIatiImportTests.job(api, location);
        assertThat(between.get("state").asString()).isEqualTo("running");
        assertThat(between.get("done").asInt()).isLessThan(activities);
        assertThat(between.get("rejected").asInt()).as(between.toString()).isLessThanOrEqualTo(1);

        // the retry is due now rather than after its pause
        jdbc.sql("UPDATE platform_job SET execution_time = now() WHERE task_name = ? AND task_instance = ?")
                .params(KIND, id)
                .update();
        JsonNode done = DurableIatiImportTests.awaitEnd(api, location, reading -> {});
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("total").asInt()).isEqualTo(activities);
        assertThat(done.get("done").asInt()).isEqualTo(activities);
        assertThat(done.get("imported").asInt()).isEqualTo(activities - 1);
        assertThat(done.get("rejected").asInt()).isEqualTo(1);
        List<JsonNode> rejected = new ArrayList<>();
        done.get("activities").forEach(e -> {
            if (e.get("outcome").asString().equals("rejected")) {
                rejected.add(e);
            }
        });
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).get("identifier").asString()).isEqualTo(chinas);
        assertThat(rejected.get(0).get("reasonMessage").get("key").asString()).isEqualTo("cooperation.iati.notYours");
        assertThat(count("SELECT count(*) FROM cooperation_project WHERE iati_identifier LIKE '" + run + "-%'"))
                .as("one project per activity")
                .isEqualTo(activities);
        assertThat(nodes.noneLeft(KIND)).isTrue();
    }

    private static String firstIdentifier(String xml) {
        int start = xml.indexOf("<iati-identifier>") + "<iati-identifier>".length();
        return xml.substring(start, xml.indexOf("</iati-identifier>", start));
    }

    /** Makes the database refuse rows of {@code table} that belong to an upload named {@code fileName}. */
    private void refuseRowsOf(String table, String fileName) throws SQLException {
        asOwner("CREATE OR REPLACE FUNCTION test_refuse_upload() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF TG_TABLE_NAME = 'cooperation_iati_import' THEN"
                + "   IF NEW.file_name = TG_ARGV[0] THEN RAISE EXCEPTION 'refused for the test'; END IF;"
                + " ELSIF TG_TABLE_NAME = 'platform_job_file_part' THEN"
                + "   IF EXISTS (SELECT 1 FROM cooperation_iati_import i"
                + "       WHERE i.id::text = NEW.file_id::text AND i.file_name = TG_ARGV[0])"
                + "     THEN RAISE EXCEPTION 'refused for the test'; END IF;"
                + " ELSE"
                + "   IF EXISTS (SELECT 1 FROM cooperation_iati_import i"
                + "       WHERE i.id::text = NEW.task_instance AND i.file_name = TG_ARGV[0])"
                + "     THEN RAISE EXCEPTION 'refused for the test'; END IF;"
                + " END IF; RETURN NEW; END $$;"
                + " CREATE TRIGGER test_refused BEFORE INSERT ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION test_refuse_upload('" + fileName + "')");
    }

    /** Runs DDL as the owner of the schema (the application's role may not). */
    private void asOwner(String sql) throws SQLException {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        String password =
                DatabaseCredentials.read(properties.dataDir()).orElseThrow().password(DatabaseCredentials.OWNER);
        try (Connection owner = DriverManager.getConnection(url, DatabaseCredentials.OWNER, password);
                Statement s = owner.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Jobs without their task, and files kept for no job. */
    private long orphans() {
        return count("SELECT count(*) FROM platform_job j WHERE j.task_name = '" + KIND + "' AND NOT EXISTS"
                        + " (SELECT 1 FROM cooperation_iati_import i WHERE i.id::text = j.task_instance)")
                + count("SELECT count(*) FROM platform_job_file_part f WHERE NOT EXISTS"
                        + " (SELECT 1 FROM cooperation_iati_import i WHERE i.id::text = f.file_id::text)")
                + count("SELECT count(*) FROM cooperation_iati_import i WHERE i.state = 'QUEUED' AND NOT EXISTS"
                        + " (SELECT 1 FROM platform_job j WHERE j.task_instance = i.id::text)");
    }

    private Set<String> spooled() throws Exception {
        Path spool = properties.dataDir().resolve("imports");
        if (!Files.isDirectory(spool)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Uploads the file as Indonesia's editor through the API's form upload, for a background import. */
    private HttpResponse<String> upload(String fileName, String xml, String language) throws Exception {
        String boundary = "gsi-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n";
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/imports/iati?priorityArea=III.18"))
                                .header("Authorization", "Bearer " + api.token("indonesia"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Prefer", "respond-async")
                                .header("Accept-Language", language)
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private void listen(ApplicationListener<ApplicationEvent> listener) {
        listeners.add(listener);
        multicaster.addApplicationListener(listener);
    }
}
