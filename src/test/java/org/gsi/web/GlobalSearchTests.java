package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The global search finds records of every kind in the six languages and returns, and counts, only what the reader
 * may read: asked as several parties and anonymously.
 */
@PlatformTest
class GlobalSearchTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** A word no record contains before the test: lower-case Latin letters, the same in every stemmer. */
    static String word() {
        Random random = new Random();
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.append("x").toString();
    }

    String created(String path, String user, String json) {
        Api.Response r = api.post(path, user, json);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    JsonNode search(String words, String user) {
        Api.Response r = api.get("/api/v1/search?limit=20&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static long count(JsonNode result, String kind) {
        for (JsonNode g : result.get("groups")) {
            if (g.get("kind").asString().equals(kind)) {
                assertThat(g.get("hits").size()).isEqualTo(g.get("total").asInt());
                return g.get("total").asLong();
            }
        }
        throw new AssertionError("no group " + kind);
    }

    static List<String> paths(JsonNode result) {
        List<String> paths = new ArrayList<>();
        result.get("groups")
                .forEach(g -> g.get("hits").forEach(h -> paths.add(h.get("path").asString())));
        return paths;
    }

    String project(String title, String visibility, boolean propose) {
        String id = created(
                "/api/v1/projects",
                "china",
                "{\"title\":{\"en\":\"" + title + "\"},\"priorityAreas\":[\"III.4\"],\"countries\":[\"ETH\"],"
                        + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-12-31\",\"visibility\":\""
                        + visibility + "\",\"participants\":[{\"party\":\"ETH\",\"roles\":[\"implementing\"]}]}");
        if (propose) {
            assertThat(api.change(
                                    "POST",
                                    "/api/v1/projects/" + id + "/transitions",
                                    "china",
                                    "{\"action\":\"propose\"}",
                                    "/api/v1/projects/" + id)
                            .status())
                    .isEqualTo(200);
        }
        return id;
    }

    @Test
    void eachReaderFindsAndCountsOnlyWhatTheyMayRead() {
        String w = word();
        String draft = project("Draft border cooperation " + w, "public", false);
        String proposed = project("Public border cooperation " + w, "public", true);
        String forParticipants = project("Restricted border cooperation " + w, "participants", true);
        String situation = created(
                "/api/v1/situations",
                "china",
                "{\"title\":\"Situation " + w + "\",\"countries\":[\"CAF\"],\"domains\":[\"armed-conflict\"],"
                        + "\"partiesConcerned\":[\"ETH\"]}");
        String meeting = created(
                "/api/v1/meetings",
                "kazakhstan",
                "{\"series\":\"cica\",\"title\":\"Meeting " + w + "\",\"start\":\"2031-05-01T10:00\","
                        + "\"end\":\"2031-05-01T18:00\",\"timeZone\":\"Asia/Almaty\",\"capacity\":40,"
                        + "\"invited\":[\"KAZ\",\"CHN\"]}");

        JsonNode china = search(w, "china");
        assertThat(count(china, "projects")).isEqualTo(3);
        assertThat(count(china, "situations")).isEqualTo(1);
        assertThat(count(china, "meetings")).isEqualTo(1);
        assertThat(china.get("total").asLong()).isEqualTo(5);

        JsonNode ethiopia = search(w, "ethiopia");
        assertThat(paths(ethiopia))
                .containsExactlyInAnyOrder(
                        "/projects/" + proposed,
                        "/projects/" + forParticipants,
                        "/early-warning/situations/" + situation);
        assertThat(ethiopia.get("total").asLong()).isEqualTo(3);

        JsonNode kazakhstan = search(w, "kazakhstan");
        assertThat(paths(kazakhstan)).containsExactlyInAnyOrder("/projects/" + proposed, "/meetings/" + meeting);
        assertThat(kazakhstan.get("total").asLong()).isEqualTo(2);

        JsonNode brazil = search(w, "brazil");
        assertThat(paths(brazil)).containsExactly("/projects/" + proposed);
        assertThat(brazil.get("total").asLong()).isEqualTo(1);

        JsonNode anonymous = search(w, null);
        assertThat(paths(anonymous)).containsExactly("/projects/" + proposed);
        assertThat(anonymous.get("total").asLong()).isEqualTo(1);
        assertThat(count(anonymous, "projects")).isEqualTo(1);
        assertThat(count(anonymous, "situations")).isZero();
        assertThat(count(anonymous, "meetings")).isZero();

        String page = api.get("/search?q=" + w).body();
        assertThat(page).contains("Public border cooperation " + w).doesNotContain(draft, forParticipants, situation);
        assertThat(page).doesNotContain("Restricted border cooperation", "Situation " + w, "Meeting " + w);
        assertThat(api.get("/search?kind=situations&q=" + w, "brazil").body()).doesNotContain("Situation " + w);
        assertThat(api.get("/search?kind=situations&q=" + w, "ethiopia").body()).contains("Situation " + w);
    }

    @Test
    void inflectedFormsAreFoundInTheStemmedLanguages() {
        String w = word();
        String en = project("Securing borders " + w, "public", true);
        String fr = project("Coopérations frontalières " + w, "public", true);
        String ru = project("Безопасность границ " + w, "public", true);

        assertThat(paths(search("secure border " + w, null))).containsExactly("/projects/" + en);
        assertThat(paths(search("coopération frontalière " + w, null))).containsExactly("/projects/" + fr);
        assertThat(paths(search("границы " + w, null))).containsExactly("/projects/" + ru);
    }

    @Test
    void chineseIsFoundByAnyRunOfItsCharacters() {
        String w = word();
        String zh = created(
                "/api/v1/projects",
                "china",
                "{\"title\":{\"en\":\"Port security " + w + "\",\"zh\":\"港口安全能力建设" + w + "\"},"
                        + "\"priorityAreas\":[\"III.4\"],\"countries\":[\"ETH\"],\"plannedStart\":\"2026-01-01\","
                        + "\"plannedEnd\":\"2027-12-31\",\"visibility\":\"public\","
                        + "\"participants\":[{\"party\":\"ETH\",\"roles\":[\"implementing\"]}]}");
        assertThat(api.change(
                                "POST",
                                "/api/v1/projects/" + zh + "/transitions",
                                "china",
                                "{\"action\":\"propose\"}",
                                "/api/v1/projects/" + zh)
                        .status())
                .isEqualTo(200);

        JsonNode found = search("安全能力 " + w, "china");
        assertThat(paths(found)).contains("/projects/" + zh);
        assertThat(api.get("/api/v1/search?kind=projects&lang=zh&q="
                                + URLEncoder.encode("能力建设 " + w, StandardCharsets.UTF_8))
                        .json()
                        .get("groups")
                        .get(0)
                        .get("hits")
                        .get(0)
                        .get("title")
                        .asString())
                .isEqualTo("港口安全能力建设" + w);
        assertThat(paths(search("安全建设 " + w, "china"))).doesNotContain("/projects/" + zh);
    }

    @Test
    void anEmptyOrOverlongSearchIsRefusedNamingTheField() {
        Api.Response empty = api.get("/api/v1/search?q=%20");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"q\"");
        assertThat(api.get("/api/v1/search?q=a&kind=nothing").body()).contains("\"field\":\"kind\"");
        assertThat(api.get("/search?q=" + "a".repeat(250)).body()).contains("a".repeat(250));
    }
}
