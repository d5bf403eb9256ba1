package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A confidential track and the text negotiated in it are invisible to every party that takes no part: not in
 * lists, counts, search, details, exports, comparisons, live events or error messages.
 */
@PlatformTest
class AccessMatrixTests {

    @LocalServerPort
    int port;

    Api api;
    String word;
    String track;
    String text;

    /** Users who may not see the confidential records: anonymous (null), another party, the secretariat. */
    static final List<String> OUTSIDERS = Arrays.asList(null, "brazil", "secretariat");

    @BeforeEach
    void setUp() {
        api = new Api(port);
        word = "Zq" + System.nanoTime();
        Api.Response t = api.post(
                "/api/v1/dialogues",
                "china",
                "{\"subject\":\"Confidential " + word + "\",\"format\":\"bilateral-consultation\","
                        + "\"parties\":[\"CHN\",\"KAZ\"]}");
        track = t.json().get("id").asString();
        Api.Response x = api.post(
                "/api/v1/texts",
                "china",
                "{\"title\":\"Text " + word + "\",\"rule\":\"consensus\",\"participants\":[\"CHN\",\"KAZ\"],"
                        + "\"facilitator\":\"KAZ\",\"visibility\":\"public\",\"trackId\":\"" + track + "\"}");
        assertThat(x.status()).as(x.body()).isEqualTo(201);
        text = x.json().get("id").asString();
        assertThat(x.json().get("visibility").asString()).isEqualTo("participants");
        api.send(
                "POST",
                "/api/v1/texts/" + text + "/paragraphs",
                "kazakhstan",
                "{\"number\":\"OP1\",\"text\":\"We note " + word + "para.\"}",
                java.util.Map.of("If-Match", "\"v0\""));
    }

    @Test
    void partiesOfTheTrackSeeTheTrackAndItsText() {
        for (String user : List.of("china", "kazakhstan")) {
            assertThat(api.get("/api/v1/dialogues/" + track, user).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/texts/" + text, user).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/texts?q=" + word, user)
                            .json()
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
            assertThat(api.get("/api/v1/texts?q=" + word + "para", user)
                            .json()
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
            assertThat(api.get("/api/v1/texts?track=" + track, user)
                            .json()
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void outsidersFindNoTraceOfTheTrack() {
        for (String user : OUTSIDERS) {
            assertThat(api.get("/api/v1/dialogues/" + track, user).status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/dialogues/" + track + "/timeline", user).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/dialogues?size=500", user).body()).doesNotContain(track);
            assertThat(api.get("/api/v1/dialogues/measures?track=" + track, user)
                            .json()
                            .get("total")
                            .asLong())
                    .isZero();
            assertHidden(api.get("/dialogues/" + track, null));
        }
    }

    @Test
    void outsidersFindNoTraceOfTheText() {
        for (String user : OUTSIDERS) {
            assertThat(api.get("/api/v1/texts?q=" + word, user)
                            .json()
                            .get("total")
                            .asLong())
                    .as(user)
                    .isZero();
            assertThat(api.get("/api/v1/texts?q=" + word + "para", user)
                            .json()
                            .get("total")
                            .asLong())
                    .isZero();
            assertThat(api.get("/api/v1/texts?track=" + track, user)
                            .json()
                            .get("total")
                            .asLong())
                    .isZero();
            assertThat(api.get("/api/v1/texts?size=500", user).body()).doesNotContain(text);
            for (String path : List.of(
                    "",
                    "/comfort-map",
                    "/readings",
                    "/compare?from=0",
                    "/paragraphs/OP1",
                    "/export/pdf",
                    "/export/docx",
                    "/export/akn",
                    "/events")) {
                Api.Response r = api.get("/api/v1/texts/" + text + path, user);
                assertThat(r.status()).as(user + " " + path).isEqualTo(404);
                assertThat(r.body()).doesNotContain(word);
            }
            assertHidden(api.get("/texts/" + text, null));
        }
    }

    @Test
    void outsidersCannotActOnTheTextAndLearnNothingFromTheRefusal() {
        for (String user : List.of("brazil", "secretariat")) {
            Api.Response amend = api.post(
                    "/api/v1/texts/" + text + "/amendments",
                    user,
                    "{\"paragraph\":\"OP1\",\"kind\":\"insert\",\"start\":0,\"text\":\"x\",\"baseRevision\":0}");
            assertThat(amend.status()).isEqualTo(404);
            Api.Response position = api.put(
                    "/api/v1/texts/" + text + "/paragraphs/OP1/positions/BRA", user, "{\"stance\":\"support\"}", null);
            assertThat(position.status()).isEqualTo(404);
            assertThat(position.body()).doesNotContain(word);
        }
        assertThat(api.get("/api/v1/texts/" + text, "china")
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aTextOutsideATrackMayNotBeHiddenInsideAConfidentialOneByOutsiders() {
        Api.Response r = api.post(
                "/api/v1/texts",
                "brazil",
                "{\"title\":\"Intruder\",\"rule\":\"consensus\",\"participants\":[\"BRA\"],"
                        + "\"facilitator\":\"BRA\",\"trackId\":\"" + track + "\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).doesNotContain(word);
    }

    /** A page of a record the reader may not see: refused, and nothing of the record in the answer. */
    private void assertHidden(Api.Response page) {
        assertThat(page.status()).isGreaterThanOrEqualTo(400);
        assertThat(page.body()).doesNotContain(word);
    }
}
