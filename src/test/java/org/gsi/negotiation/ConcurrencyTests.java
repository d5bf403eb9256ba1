package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ConcurrencyTests {

    @LocalServerPort
    int port;

    @Test
    void twoSimultaneousEditsOfOneParagraphNeverLoseAnUpdate() throws Exception {
        Api api = new Api(port);
        TextFlow flow = new TextFlow(api);
        String id = flow.open("Race " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                String number = "OP" + round;
                flow.addParagraph(id, number, "We meet every year in the capital.");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Api.Response>> edits = new ArrayList<>();
                edits.add(pool.submit(edit(go, flow, id, number, "china", "every spring")));
                edits.add(pool.submit(edit(go, flow, id, number, "kazakhstan", "every autumn")));
                go.countDown();
                Api.Response first = edits.get(0).get();
                Api.Response second = edits.get(1).get();
                List<Integer> statuses = List.of(first.status(), second.status());
                assertThat(statuses).as(first.body() + second.body()).containsExactlyInAnyOrder(201, 409);
                Api.Response refused = first.status() == 409 ? first : second;
                Api.Response accepted = first.status() == 201 ? first : second;
                String winner =
                        accepted.json().get("paragraph").get("compilation").asString();
                assertThat(refused.json().get("currentText").asString()).isEqualTo(winner);
                JsonNode p = api.get("/api/v1/texts/" + id + "/paragraphs/" + number, "china")
                        .json();
                assertThat(p.get("revision").asLong()).isEqualTo(1);
                assertThat(p.get("brackets").get(0).get("options")).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofThirtyFacilitatorCommandsWithTheSameEtagExactlyOneIsApplied() {
        Api api = new Api(port);
        TextFlow flow = new TextFlow(api);
        String id = flow.open("Race " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        String path = "/api/v1/texts/" + id;

        Race.Outcome race = Race.ofChanges(
                api,
                "negotiation text: add a paragraph",
                "secretariat",
                "POST",
                path,
                path + "/paragraphs",
                n -> "{\"number\":\"OP" + (n + 1) + "\",\"text\":\"Paragraph " + n + ".\"}");

        JsonNode text = api.get("/api/v1/texts/" + id, "secretariat").json();
        assertThat(text.get("paragraphs")).hasSize(1);
        assertThat(text.get("paragraphs").get(0).get("number").asString()).isEqualTo("OP" + (race.winner() + 1));
        assertThat(api.send(
                                "POST",
                                "/api/v1/texts/" + id + "/paragraphs",
                                "secretariat",
                                "{\"number\":\"OP99\",\"text\":\"Late.\"}",
                                java.util.Map.of())
                        .status())
                .isEqualTo(428);
    }

    private static Callable<Api.Response> edit(
            CountDownLatch go, TextFlow flow, String id, String number, String user, String text) {
        return () -> {
            go.await();
            return flow.replace(id, number, user, 0, 8, 17, text);
        };
    }

    @Test
    void simultaneousPositionsOfManyPartiesAreAllKept() throws Exception {
        Api api = new Api(port);
        TextFlow flow = new TextFlow(api);
        List<String[]> voices = List.of(
                new String[] {"china", "CHN"},
                new String[] {"kazakhstan", "KAZ"},
                new String[] {"ethiopia", "ETH"},
                new String[] {"indonesia", "IDN"},
                new String[] {"brazil", "BRA"},
                new String[] {"african-union", "au"});
        String id = flow.open(
                "Crowd " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ", "ETH", "IDN", "BRA", "au");
        flow.addParagraph(id, "OP1", "We agree.");
        ExecutorService pool = Executors.newFixedThreadPool(voices.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> all = new ArrayList<>();
            for (String[] v : voices) {
                all.add(pool.submit(() -> {
                    go.await();
                    return flow.position(id, "OP1", v[0], v[1], "support", "");
                }));
            }
            go.countDown();
            for (Future<Api.Response> f : all) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode p = api.get("/api/v1/texts/" + id + "/paragraphs/OP1", "china").json();
        assertThat(p.get("positions")).hasSize(voices.size());
        assertThat(p.get("agreed").asBoolean()).isTrue();
    }
}
