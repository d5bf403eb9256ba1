package org.gsi.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ScreeningApiTests {

    @LocalServerPort
    int port;

    Api api;
    Uploads uploads;

    @BeforeEach
    void connect() {
        api = new Api(port);
        uploads = new Uploads(api, port);
    }

    JsonNode check(String user, String json) {
        Api.Response r = api.post("/api/v1/screening/checks", user, json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static String listsJson(JsonNode lists) {
        StringBuilder b = new StringBuilder();
        lists.forEach(l -> b.append(l.get("id").asString()).append(' '));
        return b.toString();
    }

    @Test
    void eachPartySeesTheUnListAndOnlyTheNationalListsSharedWithIt() {
        JsonNode china = api.get("/api/v1/screening/lists", "china").json();
        JsonNode kazakhstan = api.get("/api/v1/screening/lists", "kazakhstan").json();
        assertThat(listsJson(china)).contains("un-sc", "national-chn-demo");
        assertThat(listsJson(kazakhstan)).contains("un-sc").doesNotContain("national-chn-demo");
        JsonNode un = china.get(0);
        assertThat(un.get("id").asString()).isEqualTo("un-sc");
        assertThat(un.get("individuals").asInt() + un.get("entities").asInt()).isGreaterThanOrEqualTo(130);
        assertThat(un.get("version").asInt()).isPositive();

        JsonNode wang = check("kazakhstan", "{\"name\":\"Wang Jianguo\"}");
        assertThat(wang.get("candidates").toString()).doesNotContain("national-chn-demo");
        Api.Response refused = api.post(
                "/api/v1/screening/checks",
                "kazakhstan",
                "{\"name\":\"Wang Jianguo\",\"lists\":[\"national-chn-demo\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("lists");
        assertThat(check("china", "{\"name\":\"王建国\"}")
                        .get("candidates")
                        .get(0)
                        .get("entryId")
                        .asString())
                .isEqualTo("national-chn-demo:CHN-DEMO-1");
    }

    @Test
    void aNameInArabicScriptFindsItsListedEntryWithAnExplainedScore() {
        JsonNode c = check("china", "{\"name\":\"محمد الجولاني\",\"type\":\"person\",\"birthDate\":\"1975\"}");
        JsonNode first = c.get("candidates").get(0);
        assertThat(first.get("entryId").asString()).isEqualTo("un-sc:QDi.317");
        assertThat(first.get("possibleMatch").asBoolean()).isTrue();
        assertThat(first.get("score").asDouble())
                .isBetween(Double.valueOf(c.get("threshold").asDouble()), 1.0);
        assertThat(first.get("explanation").get("summary").asString()).startsWith("Score ");
        assertThat(first.get("explanation").get("factors").toString())
                .contains("\"code\":\"part\"", "unmatched-candidate");
        assertThat(c.get("listVersions").get(0).get("number").asInt()).isPositive();
        assertThat(c.get("askedBy").asString()).isEqualTo("china");
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        assertThat(api.post("/api/v1/screening/checks", "china", "{\"name\":\"   \"}")
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("name");
        assertThat(api.post("/api/v1/screening/checks", "china", "{\"name\":\"---\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/screening/checks", "china", "{\"name\":\"X Y\",\"type\":\"alien\"}")
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("type");
        assertThat(api.post("/api/v1/screening/checks", "china", "{\"name\":\"X Y\",\"birthDate\":\"1975-13\"}")
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("birthDate");
        assertThat(api.post("/api/v1/screening/checks", "china", "{\"name\":\"X Y\",\"threshold\":0.2}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/screening/checks", null, "{\"name\":\"X Y\"}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aCheckIsSeenByTheAskingPartyAndTheSecretariatOnly() {
        String id = check("china", "{\"name\":\"Iyad Khalil\"}").get("id").asString();
        String path = "/api/v1/screening/checks/" + id;
        assertThat(api.get(path, "china").status()).isEqualTo(200);
        assertThat(api.get(path, "secretariat").status()).isEqualTo(200);
        Api.Response other = api.get(path, "kazakhstan");
        assertThat(other.status()).isEqualTo(404);
        String missing = UUID.randomUUID().toString();
        assertThat(api.get("/api/v1/screening/checks/" + missing, "kazakhstan")
                        .json()
                        .get("detail")
                        .asString()
                        .replace(missing, "?"))
                .as("the same words as for a check that does not exist")
                .isEqualTo(other.json().get("detail").asString().replace(id, "?"));
        assertThat(api.get("/api/v1/screening/checks?size=200", "kazakhstan").body())
                .doesNotContain(id);
        assertThat(api.get("/api/v1/screening/checks?size=200", "secretariat").body())
                .contains(id);
    }

    @Test
    void aDecisionIsRecordedByAFocalPointOfTheAskingPartyOneVersionAtATime() {
        JsonNode c = check("china", "{\"name\":\"Iyad Nazmi Salih Khalil\"}");
        String path = "/api/v1/screening/checks/" + c.get("id").asString() + "/decisions";
        String entry = c.get("candidates").get(0).get("entryId").asString();
        String body = "{\"decision\":\"true-match\",\"reason\":\"Same passport number\",\"entryId\":\"" + entry + "\"}";

        assertThat(api.send("POST", path, "china", body, Map.of()).status()).isEqualTo(428);
        assertThat(api.send("POST", path, "china", body, Map.of("If-Match", "\"v7\""))
                        .status())
                .isEqualTo(412);
        assertThat(api.send("POST", path, "kazakhstan", body, Map.of("If-Match", "\"v0\""))
                        .status())
                .isEqualTo(404);
        Api.Response noEntry = api.send(
                "POST",
                path,
                "china",
                "{\"decision\":\"true-match\",\"reason\":\"Same\"}",
                Map.of("If-Match", "\"v0\""));
        assertThat(noEntry.status()).isEqualTo(400);
        assertThat(noEntry.json().get("field").asString()).isEqualTo("entryId");
        assertThat(api.send("POST", path, "china", "{\"decision\":\"no-match\"}", Map.of("If-Match", "\"v0\""))
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("reason");

        Api.Response decided = api.send("POST", path, "china", body, Map.of("If-Match", "\"v0\""));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.header("ETag")).isEqualTo("\"v1\"");
        assertThat(decided.json().get("decision").get("decision").asString()).isEqualTo("true-match");
        assertThat(decided.json().get("decision").get("decidedBy").asString()).isEqualTo("china");
        assertThat(api.send("POST", path, "china", body, Map.of("If-Match", "\"v0\""))
                        .status())
                .as("someone decided in between")
                .isEqualTo(412);
        Api.Response review = api.send(
                "POST",
                path,
                "china",
                "{\"decision\":\"needs-review\",\"reason\":\"Check the date\"}",
                Map.of("If-Match", "\"v1\""));
        assertThat(review.json().get("decisions")).hasSize(2);
        assertThat(api.get("/api/v1/audit?size=50", "secretariat").body()).contains("Decision true-match");
    }

    @Test
    void compareScoresOnePairAndSaysWhetherItReachesTheDefaultThreshold() {
        JsonNode same = api.post(
                        "/api/v1/screening/compare",
                        "kazakhstan",
                        "{\"a\":{\"name\":\"Muhammad Jawlani\",\"nationality\":\"Syria\"},"
                                + "\"b\":{\"name\":\"ABU MOHAMMED AL-JAWLANI\",\"nationality\":\"SYR\"}}")
                .json();
        assertThat(same.get("match").asBoolean()).isTrue();
        assertThat(same.get("explanation").get("summary").asString()).contains("nationality");
        JsonNode other = api.post(
                        "/api/v1/screening/compare",
                        "kazakhstan",
                        "{\"a\":{\"name\":\"Mohammed Ali\"},\"b\":{\"name\":\"Mohammed Yaqoub\"}}")
                .json();
        assertThat(other.get("match").asBoolean()).isFalse();
        assertThat(other.get("score").asDouble())
                .isLessThan(other.get("threshold").asDouble());
        Api.Response empty =
                api.post("/api/v1/screening/compare", "kazakhstan", "{\"a\":{\"name\":\"\"},\"b\":{\"name\":\"X\"}}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asString()).isEqualTo("a.name");
    }

    @Test
    void aBatchReportsItsBadRowsAndChecksTheRest() throws Exception {
        String csv = "reference,name,type,birth_date,nationality\n"
                + "r1,Iyad Nazmi Khalil,person,1974,JOR\n"
                + "r2,,person,,\n"
                + "r3,Korea Ryonha Machinery Joint Venture Corp,organisation,,\n"
                + "r4,Some One,alien,,\n"
                + "r5,Maria Garcia Lopez,person,,\n";
        Api.Response submitted = uploads.post(
                "/api/v1/screening/batches", "ethiopia", "names.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asString();
        assertThat(submitted.json().get("total").asInt()).isEqualTo(5);
        assertThat(submitted.json().get("rejectedRows").toString()).contains("\"line\":3", "\"line\":5");

        JsonNode batch = waitFor("/api/v1/screening/batches/" + id, "ethiopia", "done");
        assertThat(batch.get("done").asInt()).isEqualTo(3);
        assertThat(batch.get("rejected").asInt()).isEqualTo(2);
        assertThat(batch.get("withPossibleMatches").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/screening/batches/" + id, "china").status()).isEqualTo(404);

        String result = api.get(batch.get("result").asString(), "ethiopia").body();
        String[] lines = result.strip().split("\r?\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).startsWith("2,r1,Iyad Nazmi Khalil").contains(",done,", "un-sc:QDi.400");
        assertThat(lines[2]).startsWith("3,r2,").contains(",rejected,no name");
        assertThat(lines[3]).contains("un-sc:KPe.016");
        assertThat(lines[5]).contains(",done,,0,");
        assertThat(api.get("/api/v1/screening/checks?purpose=batch&size=200", "ethiopia")
                        .body())
                .contains("Maria Garcia Lopez");
    }

    @Test
    void aCsvWithoutANameColumnIsRefusedWhole() throws Exception {
        Api.Response r = uploads.post(
                "/api/v1/screening/batches",
                "ethiopia",
                "x.csv",
                "who\nSomeone\n".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asString()).isEqualTo("file");
    }

    @Test
    void onlySecretariatAdministratorsImportTheUnListAndAMalformedFileChangesNothing() throws Exception {
        byte[] sample = Uploads.sample(Map.of());
        Api.Response refused = uploads.post("/api/v1/screening/lists/un", "china", "list.xml", sample, Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit?size=100", "secretariat").body()).contains("screening-list");

        int before = api.get("/api/v1/screening/lists", "china")
                .json()
                .get(0)
                .get("version")
                .asInt();
        byte[] broken = "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</INDIVIDUALS>"
                .getBytes(StandardCharsets.UTF_8);
        Api.Response malformed = uploads.post("/api/v1/screening/lists/un", "secretariat", "bad.xml", broken, Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asString()).contains("not well-formed", "line 3");
        byte[] empty =
                "<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>".getBytes(StandardCharsets.UTF_8);
        assertThat(uploads.post("/api/v1/screening/lists/un", "secretariat", "empty.xml", empty, Map.of())
                        .status())
                .as("a file with no entry never empties the list")
                .isEqualTo(400);
        assertThat(api.get("/api/v1/screening/lists", "china")
                        .json()
                        .get(0)
                        .get("version")
                        .asInt())
                .isEqualTo(before);
    }

    @Test
    void aNewVersionReportsItsChangesKeepsEachEntrysHistoryAndRescreensSavedNames() throws Exception {
        Api.Response saved = api.post(
                "/api/v1/screening/saved-names", "china", "{\"name\":\"Tarek Fahmy Nassar\",\"type\":\"person\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String subject = saved.json().get("id").asString();
        String firstCheck = saved.json().get("lastCheck").asString();
        assertThat(api.get("/api/v1/screening/checks/" + firstCheck, "china")
                        .json()
                        .get("possibleMatches")
                        .asInt())
                .isZero();
        assertThat(api.get("/api/v1/screening/saved-names/" + subject, "kazakhstan")
                        .status())
                .isEqualTo(404);

        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("<ENTITY><DATAID>113234</DATAID>.*?</ENTITY>", "");
        edits.put("Leader of Al-Nusrah Front", "Leader (amended) of Al-Nusrah Front");
        edits.put(
                "</INDIVIDUALS>",
                "<INDIVIDUAL><DATAID>99</DATAID><FIRST_NAME>TARIQ</FIRST_NAME>"
                        + "<SECOND_NAME>FAHMI</SECOND_NAME><THIRD_NAME>NASSAR</THIRD_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>"
                        + "<REFERENCE_NUMBER>QDi.900</REFERENCE_NUMBER><LISTED_ON>2024-05-01</LISTED_ON></INDIVIDUAL>\n"
                        + "<INDIVIDUAL><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE></INDIVIDUAL>\n</INDIVIDUALS>");
        Api.Response imported =
                uploads.post("/api/v1/screening/lists/un", "secretariat", "v.xml", Uploads.sample(edits), Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("added").toString()).contains("QDi.900");
        assertThat(report.get("removed").toString()).contains("QDe.116");
        assertThat(report.get("amended").toString()).contains("QDi.400", "comments");
        assertThat(report.get("unchanged").size()).isGreaterThanOrEqualTo(130);
        assertThat(report.get("rejected")).singleElement().satisfies(r -> {
            assertThat(r.get("line").asInt()).isPositive();
            assertThat(r.get("code").asString()).isEqualTo("no-key");
        });
        int version = report.get("version").asInt();

        JsonNode entry = api.get("/api/v1/screening/lists/un-sc/entries/QDi.400", "kazakhstan")
                .json();
        assertThat(entry.get("history").toString()).contains("\"change\":\"added\"", "\"change\":\"amended\"");
        assertThat(entry.get("entry").get("comments").asString()).contains("(amended)");
        JsonNode removed = api.get("/api/v1/screening/lists/un-sc/entries/QDe.116", "kazakhstan")
                .json();
        assertThat(removed.get("removedInVersion").asInt()).isEqualTo(version);
        assertThat(api.get("/api/v1/screening/lists/un-sc/versions/" + version, "brazil")
                        .body())
                .contains("QDi.900");

        String inbox = waitForText("/api/v1/notifications?size=100", "china", "Tarek Fahmy Nassar");
        assertThat(inbox).contains("/screening/checks/");
        assertThat(api.get("/api/v1/notifications?size=100", "kazakhstan").body())
                .doesNotContain("Tarek Fahmy Nassar");
        JsonNode watched =
                api.get("/api/v1/screening/saved-names/" + subject, "china").json();
        JsonNode again = api.get(
                        "/api/v1/screening/checks/" + watched.get("lastCheck").asString(), "china")
                .json();
        assertThat(again.get("purpose").asString()).isEqualTo("rescreening");
        assertThat(again.get("candidates").get(0).get("entryId").asString()).isEqualTo("un-sc:QDi.900");
        assertThat(again.get("candidates").get(0).get("possibleMatch").asBoolean())
                .isTrue();
    }

    JsonNode waitFor(String path, String user, String state) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode node = api.get(path, user).json();
        while (!node.get("state").asString().equals(state) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            node = api.get(path, user).json();
        }
        assertThat(node.get("state").asString()).isEqualTo(state);
        return node;
    }

    String waitForText(String path, String user, String text) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String body = api.get(path, user).body();
        while (!body.contains(text) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            body = api.get(path, user).body();
        }
        assertThat(body).contains(text);
        return body;
    }
}
