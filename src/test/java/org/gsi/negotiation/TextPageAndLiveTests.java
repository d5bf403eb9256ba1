package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class TextPageAndLiveTests {

    @LocalServerPort
    int port;

    Api api;
    TextFlow flow;
    String id;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        flow = new TextFlow(api);
        id = flow.open("Statement on the page " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "We welcome regular consultations.");
        flow.replace(id, "OP1", "china", 0, 11, 32, "annual consultations");
    }

    @Test
    void textPageShowsBracketsProposersAndTheComfortMap() {
        String open = flow.open("Public statement " + System.nanoTime(), "consensus", "public", "CHN", "KAZ");
        flow.addParagraph(open, "OP1", "We welcome regular consultations.");
        flow.replace(open, "OP1", "china", 0, 11, 32, "annual consultations");
        flow.position(open, "OP1", "kazakhstan", "KAZ", "reservation", "Needs review");
        Api.Response page = api.get("/texts/" + open);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                // the option's words and its proposers are each isolated in their own direction inside the brackets
                .contains("<span class=\"bm open\">[</span><bdi class=\"option-words\">annual consultations</bdi>")
                .contains("(<bdi>CHN</bdi>)")
                .contains("class=\"cmap\"")
                .contains("cm r")
                .doesNotContain("/position\"");
    }

    @Test
    void positionButtonsAreOnlyForTheViewersOwnParticipatingParty() {
        assertThat(api.get("/texts/" + id + "/paragraphs/OP1", "china").body())
                .contains("hx-post=\"/texts/" + id + "/paragraphs/OP1/position\"");
        assertThat(api.get("/texts/" + id + "/paragraphs/OP1", "secretariat").body())
                .doesNotContain("/position\"");
        assertThat(api.get("/texts/" + id + "/paragraphs/OP1").status()).isNotEqualTo(200);
    }

    @Test
    void positionFromThePageSwapsTheParagraph() {
        Api.Response r = api.send(
                "POST", "/texts/" + id + "/paragraphs/OP1/position?stance=support", "kazakhstan", null, Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"p-OP1\"").contains("aria-pressed=\"true\"");
        assertThat(flow.text(id, "china")
                        .get("paragraphs")
                        .get(0)
                        .get("positions")
                        .get(0)
                        .get("party")
                        .asString())
                .isEqualTo("KAZ");
    }

    @Test
    void staleAmendmentFromThePageShowsTheNewerText() {
        Api.Response r = api.send(
                "POST",
                "/texts/" + id + "/paragraphs/OP1/amendment?kind=replace&phrase=regular&text=frequent&revision=0",
                "kazakhstan",
                null,
                Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("role=\"alert\"").contains("revision 1");
    }

    @Test
    void everyViewerHearsOfAPositionWithinASecond() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/texts/" + id + "/events"))
                .header("Authorization", "Bearer " + api.token("kazakhstan"))
                .header("Accept", "text/event-stream")
                .build();
        var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (InputStream in = response.get(5, TimeUnit.SECONDS).body();
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (Exception e) {
                lines.add("error: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("event:hello");
        long start = System.nanoTime();
        flow.position(id, "OP1", "china", "CHN", "endorse", "");
        String line;
        boolean heard = false;
        while ((line = lines.poll(1, TimeUnit.SECONDS)) != null) {
            if (line.equals("event:state-position")) {
                heard = true;
                break;
            }
        }
        assertThat(heard).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(lines.poll(1, TimeUnit.SECONDS))
                .contains("\"party\":\"CHN\"")
                .contains("\"paragraph\":\"OP1\"");
        reader.interrupt();
    }

    @Test
    void noLiveEventsForThoseWhoMayNotReadTheText() {
        assertThat(api.get("/api/v1/texts/" + id + "/events", "brazil").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/texts/" + id + "/events").status()).isEqualTo(404);
    }
}
