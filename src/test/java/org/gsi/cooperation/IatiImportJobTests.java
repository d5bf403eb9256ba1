package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class IatiImportJobTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** The sample's activities, repeated with fresh identifiers until the file is larger than {@code bytes}. */
    static String largeFile(int bytes) throws Exception {
        String sample = IatiApiTests.sample("example_203_file.xml");
        String activity =
                sample.substring(sample.indexOf("<iati-activity "), sample.lastIndexOf("</iati-activity>") + 16);
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; xml.length() < bytes; i++) {
            xml.append(activity.replace("NL-1-PPR-", "JOB-" + run + "-" + i + "-"))
                    .append('\n');
        }
        return xml.append("</iati-activities>\n").toString();
    }

    HttpResponse<String> post(String user, String xml, boolean async) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/imports/iati?priorityArea=III.18"))
                .header("Authorization", "Bearer " + api.token(user))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml));
        if (async) {
            b.header("Prefer", "respond-async");
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLargeFileImportsInTheBackgroundShowingItsProgressToItsOwnPartyOnly() throws Exception {
        String xml = largeFile(1_200_000);
        int activities = xml.split("<iati-activity ", -1).length - 1;

        HttpResponse<String> accepted = post("indonesia", xml, true);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Preference-Applied")).hasValue("respond-async");
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(Api.json().readTree(accepted.body()).get("total").asInt()).isEqualTo(activities);

        JsonNode job = Api.json().readTree(api.get(location, "indonesia").body());
        for (int i = 0; i < 600 && !job.get("state").asString().equals("done"); i++) {
            assertThat(job.get("state").asString()).isIn("queued", "running");
            assertThat(job.get("done").asInt()).isBetween(0, activities);
            Thread.sleep(200);
            job = Api.json().readTree(api.get(location, "indonesia").body());
        }
        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("done").asInt()).isEqualTo(activities);
        assertThat(job.get("imported").asInt()
                        + job.get("updated").asInt()
                        + job.get("unchanged").asInt())
                .isEqualTo(activities);
        assertThat(job.get("activities").size()).isEqualTo(activities);

        assertThat(api.get(location, "brazil").status()).isEqualTo(404);
        assertThat(api.get(location).status()).isIn(401, 404);
    }

    @Test
    void withoutAskingForBackgroundWorkTheReportComesInTheAnswerAsBefore() throws Exception {
        HttpResponse<String> answer = post("indonesia", largeFile(10_000), false);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"outcome\":\"imported\"");
    }

    @Test
    void aJobOfAnotherPartyOrUnknownIsNotFoundAndTheImportPageShowsProgress() throws Exception {
        assertThat(api.get("/api/v1/imports/iati/" + UUID.randomUUID(), "indonesia")
                        .status())
                .isEqualTo(404);
        HttpResponse<String> accepted = post("indonesia", largeFile(20_000), true);
        String id = accepted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        Api.Response page = api.send("GET", "/imports/iati/" + id, "indonesia", null, Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"iati-job\"");
        assertThat(api.send("GET", "/imports/iati/" + id, "brazil", null, Map.of())
                        .status())
                .isEqualTo(404);
    }
}
