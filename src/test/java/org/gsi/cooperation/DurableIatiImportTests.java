package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.platform.JobSettings;
import org.gsi.platform.Jobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A background IATI import is a row in the database: queued while no node runs jobs (as after a restart of every
 * node), shown with its progress by the platform, and run by the first node that starts, with exact counts.
 */
@PlatformTest
@TestPropertySource(properties = {"gsi.jobs.enabled=false", "gsi.earlywarning.import-chunk-rows=7"})
class DurableIatiImportTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("iatiImportJob")
    Task<?> iatiImportJob;

    @Test
    void aQueuedImportWaitsForANodeAndIsRunByTheFirstOneToStartWithExactCounts() throws Exception {
        Api api = new Api(port);
        String xml = IatiImportJobTests.largeFile(60_000);
        int activities = xml.split("<iati-activity ", -1).length - 1;
        HttpResponse<String> accepted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/imports/iati?priorityArea=III.18"))
                                .header("Authorization", "Bearer " + api.token("indonesia"))
                                .header("Content-Type", "application/xml")
                                .header("Prefer", "respond-async")
                                .POST(HttpRequest.BodyPublishers.ofString(xml))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();

        Thread.sleep(1_000);
        JsonNode waiting = Api.json().readTree(api.get(location, "indonesia").body());
        assertThat(waiting.get("state").asString()).isEqualTo("queued");
        assertThat(waiting.get("total").asInt()).isEqualTo(activities);

        Scheduler node = Jobs.scheduler(
                dataSource,
                List.of(iatiImportJob),
                new JobSettings(1, Duration.ofMillis(200), Duration.ofMillis(200), 4, Duration.ofMillis(200)),
                "node-a");
        node.start();
        try {
            JsonNode job = waiting;
            for (int i = 0; i < 600 && !job.get("state").asString().equals("done"); i++) {
                Thread.sleep(200);
                job = Api.json().readTree(api.get(location, "indonesia").body());
            }
            assertThat(job.get("state").asString()).isEqualTo("done");
            assertThat(job.get("done").asInt()).isEqualTo(activities);
            assertThat(job.get("imported").asInt()).isEqualTo(activities);
            assertThat(job.get("activities").size()).isEqualTo(activities);
            assertThat(api.get(location, "brazil").status()).isEqualTo(404);
        } finally {
            node.stop();
        }
    }
}
