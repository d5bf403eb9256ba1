package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class TextApiTests {

    @LocalServerPort
    int port;

    Api api;
    TextFlow flow;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        flow = new TextFlow(api);
    }

    @Test
    void facilitatorAddsParagraphsOnlyWithTheCurrentEntityTag() {
        String id =
                flow.open("Statement on river basins " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        Api.Response without = api.post(
                "/api/v1/texts/" + id + "/paragraphs", "secretariat", "{\"number\":\"OP1\",\"text\":\"Agree.\"}");
        assertThat(without.status()).isEqualTo(428);
        Api.Response stale = api.send(
                "POST",
                "/api/v1/texts/" + id + "/paragraphs",
                "secretariat",
                "{\"number\":\"OP1\",\"text\":\"Agree.\"}",
                Map.of("If-Match", "\"v99\""));
        assertThat(stale.status()).isEqualTo(412);
        flow.addParagraph(id, "OP1", "Agree to meet.");
        Api.Response byParticipant = api.send(
                "POST",
                "/api/v1/texts/" + id + "/paragraphs",
                "china",
                "{\"number\":\"OP2\",\"text\":\"More.\"}",
                Map.of("If-Match", flow.etag(id)));
        assertThat(byParticipant.status()).isEqualTo(403);
        assertThat(flow.text(id, "china").get("paragraphs")).hasSize(1);
    }

    @Test
    void amendmentsShowAsBracketedOptionsWithTheirProposers() {
        String id = flow.open(
                "Statement on corridors " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ", "ETH");
        flow.addParagraph(id, "OP1", "We welcome regular consultations.");
        Api.Response a = flow.replace(id, "OP1", "china", 0, 11, 32, "annual consultations");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        long revision = a.json().get("paragraph").get("revision").asLong();
        Api.Response b = flow.replace(id, "OP1", "kazakhstan", revision, 11, 32, "biannual consultations");
        assertThat(b.status()).as(b.body()).isEqualTo(201);
        JsonNode p = b.json().get("paragraph");
        assertThat(p.get("compilation").asString())
                .contains("[Option 1: annual consultations (CHN)]")
                .contains("[Option 2: biannual consultations (KAZ)]");
        assertThat(p.get("brackets").get(0).get("options")).hasSize(2);
    }

    @Test
    void anEditBasedOnAnOldRevisionIsRefusedWithTheNewerText() {
        String id = flow.open("Statement on ports " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "We support safe ports.");
        assertThat(flow.replace(id, "OP1", "china", 0, 11, 15, "secure").status())
                .isEqualTo(201);
        Api.Response late = flow.replace(id, "OP1", "kazakhstan", 0, 11, 15, "open");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("currentRevision").asLong()).isEqualTo(1);
        assertThat(late.json().get("currentText").asString()).contains("[secure (CHN)]");
        assertThat(flow.text(id, "china")
                        .get("paragraphs")
                        .get(0)
                        .get("brackets")
                        .get(0)
                        .get("options"))
                .hasSize(1);
    }

    @Test
    void aRefusalIsSaidInTheReadersLanguage() {
        String id = flow.open("Statement on wells " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "Short.");
        String outside = "{\"paragraph\":\"OP1\",\"kind\":\"replace\",\"start\":2,\"end\":400,"
                + "\"text\":\"long\",\"baseRevision\":0}";
        Map<String, String> said = new java.util.LinkedHashMap<>();
        for (String language : List.of("en", "fr", "es", "ru", "ar", "zh")) {
            Api.Response r = api.send(
                    "POST",
                    "/api/v1/texts/" + id + "/amendments",
                    "china",
                    outside,
                    Map.of("Accept-Language", language));
            assertThat(r.status()).isEqualTo(400);
            said.put(language, r.json().get("detail").asString());
        }
        assertThat(said.get("en")).isEqualTo("start: The span 2–400 lies outside OP1, whose text has 6 characters.");
        assertThat(said.get("fr")).isEqualTo("start: Le passage 2–400 sort de OP1, dont le texte compte 6 caractères.");
        assertThat(said.get("zh")).isEqualTo("start: 范围 2–400 超出了 OP1，该段文字共 6 个字符。");
        assertThat(said.get("ar")).contains("OP1").contains("يقع خارج");
        assertThat(new java.util.HashSet<>(said.values()))
                .as("six different languages")
                .hasSize(6);

        Api.Response unknownMode =
                api.send("GET", "/api/v1/texts/" + id + "/export/odt", "china", null, Map.of("Accept-Language", "ru"));
        assertThat(unknownMode.status()).isEqualTo(400);
        assertThat(unknownMode.json().get("detail").asString())
                .isEqualTo("format: Выберите DOCX, PDF или Akoma Ntoso.");
    }

    @Test
    void amendmentSpanOutsideTheParagraphIsRefusedAndNothingChanges() {
        String id = flow.open("Statement on spans " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "Short.");
        long before = flow.text(id, "china").get("version").asLong();
        Api.Response r = flow.replace(id, "OP1", "china", 0, 2, 400, "long");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("OP1");
        assertThat(flow.text(id, "china").get("version").asLong()).isEqualTo(before);
    }

    @Test
    void onlyTheOwnFocalPointOfAParticipantStatesItsPosition() {
        String id = flow.open("Statement on voices " + System.nanoTime(), "consensus", "public", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "We agree.");
        assertThat(flow.position(id, "OP1", "china", "KAZ", "support", "").status())
                .isEqualTo(403);
        assertThat(flow.position(id, "OP1", "brazil", "BRA", "support", "").status())
                .isEqualTo(403);
        assertThat(flow.position(id, "OP1", "secretariat", "gsi-secretariat", "support", "")
                        .status())
                .isEqualTo(403);
        assertThat(flow.position(id, "OP1", "china", "CHN", "reservation", "").status())
                .isEqualTo(400);
        assertThat(flow.position(id, "OP1", "china", "CHN", "support", "").status())
                .isEqualTo(200);
        assertThat(flow.position(id, "OP1", "china", "CHN", "endorse", "").status())
                .isEqualTo(200);
        JsonNode p = flow.text(id, "china").get("paragraphs").get(0);
        assertThat(p.get("positions")).hasSize(1);
        assertThat(p.get("positions").get(0).get("stance").asString()).isEqualTo("endorse");
    }

    @Test
    void agreedParagraphIsCleanedAndTheTextAdoptedWithItsReservations() {
        String id = flow.open("Joint statement " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "We will cooperate closely.");
        Api.Response a = flow.replace(id, "OP1", "china", 0, 18, 25, "fully");
        String option = a.json().get("option").asString();
        assertThat(flow.optionPosition(id, "OP1", "china", "CHN", option, "endorse")
                        .status())
                .isEqualTo(200);
        assertThat(flow.optionPosition(id, "OP1", "kazakhstan", "KAZ", option, "can-live-with")
                        .status())
                .isEqualTo(200);
        Api.Response early = api.send(
                "POST",
                "/api/v1/texts/" + id + "/paragraphs/OP1/clean",
                "secretariat",
                null,
                Map.of("If-Match", flow.etag(id)));
        assertThat(early.status()).isEqualTo(409);
        flow.position(id, "OP1", "china", "CHN", "support", "");
        flow.position(id, "OP1", "kazakhstan", "KAZ", "reservation", "Subject to national law");
        assertThat(flow.text(id, "china").get("paragraphs").get(0).get("agreed").asBoolean())
                .isTrue();
        Api.Response clean = api.send(
                "POST",
                "/api/v1/texts/" + id + "/paragraphs/OP1/clean",
                "secretariat",
                null,
                Map.of("If-Match", flow.etag(id)));
        assertThat(clean.status()).as(clean.body()).isEqualTo(200);
        assertThat(clean.json().get("text").asString()).isEqualTo("We will cooperate fully.");
        flow.position(id, "OP1", "china", "CHN", "support", "");
        flow.position(id, "OP1", "kazakhstan", "KAZ", "reservation", "Subject to national law");
        Api.Response adopted = api.send(
                "POST",
                "/api/v1/texts/" + id + "/adoption",
                "secretariat",
                "{\"decision\":\"Adopted by consensus\"}",
                Map.of("If-Match", flow.etag(id)));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        JsonNode adoption = adopted.json().get("adoption");
        assertThat(adoption.get("rule").asString()).isEqualTo("consensus");
        assertThat(adoption.get("positions")).hasSize(2);
        assertThat(adoption.get("reservations").get(0).get("party").asString()).isEqualTo("KAZ");
        assertThat(adoption.get("reservations").get(0).get("reason").asString()).isEqualTo("Subject to national law");
        assertThat(flow.position(id, "OP1", "china", "CHN", "endorse", "").status())
                .isEqualTo(409);
        assertThat(flow.replace(id, "OP1", "china", 2, 0, 2, "They").status()).isEqualTo(409);
    }

    @Test
    void adoptionBeforeEveryParagraphIsAgreedIsRefused() {
        String id = flow.open("Statement not ready " + System.nanoTime(), "unanimity", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "We agree.");
        flow.position(id, "OP1", "china", "CHN", "support", "");
        flow.position(id, "OP1", "kazakhstan", "KAZ", "can-live-with", "");
        Api.Response r = api.send(
                "POST", "/api/v1/texts/" + id + "/adoption", "secretariat", "{}", Map.of("If-Match", flow.etag(id)));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("OP1");
    }

    @Test
    void readingsAreFrozenAndComparedWordByWord() {
        String id =
                flow.open("Statement with readings " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ");
        flow.addParagraph(id, "OP1", "We meet yearly.");
        assertThat(api.post("/api/v1/texts/" + id + "/readings", "secretariat", "{\"label\":\"first\"}")
                        .status())
                .isEqualTo(201);
        flow.replace(id, "OP1", "china", 0, 8, 14, "monthly");
        Api.Response diff = api.get("/api/v1/texts/" + id + "/compare?from=1&to=0", "kazakhstan");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.json().get(0).get("change").asString()).isEqualTo("changed");
        assertThat(diff.json().get(0).get("marked").asString()).contains("monthly");
        assertThat(api.get("/api/v1/texts/" + id + "/compare?from=5", "kazakhstan")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void comfortMapCountsStancesPerParagraph() {
        String id =
                flow.open("Statement mapped " + System.nanoTime(), "consensus", "participants", "CHN", "KAZ", "ETH");
        flow.addParagraph(id, "OP1", "First.");
        flow.addParagraph(id, "OP2", "Second.");
        flow.position(id, "OP1", "china", "CHN", "endorse", "");
        flow.position(id, "OP1", "ethiopia", "ETH", "cannot-accept", "Too vague");
        JsonNode map = api.get("/api/v1/texts/" + id + "/comfort-map", "china").json();
        assertThat(map.get("parties")).hasSize(3);
        assertThat(map.get("rows").get(0).get("tally").get("cannotAccept").asInt())
                .isEqualTo(1);
        assertThat(map.get("rows").get(0).get("tally").get("notStated").asInt()).isEqualTo(1);
        assertThat(map.get("whereToWorkNext").get(0).asString()).isEqualTo("OP1");
    }
}
