package org.gsi.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The sharing API: sharing groups with If-Match, bundles taken object by object with a reason for every rejection,
 * bad input as problem details, markings and creators checked, incident reports published with the reporter's
 * marking, links to situations.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingApiTests {

    @LocalServerPort
    int port;

    Api api;
    Taxii taxii;
    String group;
    String chinaCollection;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        taxii = new Taxii(port);
        group = api.post(
                        "/api/v1/sharing/groups",
                        "china",
                        "{\"name\":\"Api\",\"members\":[\"KAZ\"],\"membersVisible\":false}")
                .json()
                .get("id")
                .asString();
        chinaCollection = api.get("/api/v1/sharing/collections", "china")
                .json()
                .get(0)
                .get("id")
                .asString();
    }

    Api.Response upload(String user, String collection, String body) {
        return api.send("POST", "/api/v1/imports/stix?collection=" + collection, user, body, Map.of());
    }

    JsonNode outcome(Api.Response r, int index) {
        return r.json().get("objects").get(index);
    }

    @Test
    void theOpenApiDescribesTheSharingApiAndTheTaxiiEndpoints() {
        String docs = api.get("/v3/api-docs").body();
        assertThat(docs)
                .contains("/api/v1/sharing/groups", "/api/v1/imports/stix", "/taxii2/gsi/collections/{id}/objects/")
                .contains("/taxii2/gsi/collections/{id}/manifest/", "/taxii2/gsi/status/{id}/")
                .doesNotContain("/taxii2/**");
    }

    @Test
    void theOwnerChangesAGroupOnlyWithTheVersionItRead() {
        var created = api.post("/api/v1/sharing/groups", "china", "{\"name\":\"Versioned\",\"members\":[\"KAZ\"]}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String etag = created.header("ETag");
        String body = "{\"name\":\"Renamed\",\"membersVisible\":true}";
        assertThat(api.put("/api/v1/sharing/groups/" + id, "china", body, null).status())
                .isEqualTo(428);
        var ok = api.put("/api/v1/sharing/groups/" + id, "china", body, etag);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("name").asString()).isEqualTo("Renamed");
        var stale = api.put("/api/v1/sharing/groups/" + id, "china", "{\"name\":\"Lost\"}", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/sharing/groups/" + id, "china")
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Renamed");
        var member = api.put("/api/v1/sharing/groups/" + id, "kazakhstan", body, ok.header("ETag"));
        assertThat(member.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/sharing/groups/" + id, "indonesia").status())
                .isEqualTo(404);
    }

    @Test
    void membersWhoMayNotSeeEachOtherSeeOnlyTheOwner() {
        api.post("/api/v1/sharing/groups/" + group + "/members", "china", "{\"party\":\"ETH\"}");
        JsonNode asKaz =
                api.get("/api/v1/sharing/groups/" + group, "kazakhstan").json();
        assertThat(asKaz.get("members").toString()).contains("CHN", "KAZ").doesNotContain("ETH");
        assertThat(asKaz.has("memberCount")).isFalse();
        JsonNode asOwner = api.get("/api/v1/sharing/groups/" + group, "china").json();
        assertThat(asOwner.get("members").toString()).contains("ETH");
        assertThat(api.post("/api/v1/sharing/groups/" + group + "/members", "kazakhstan", "{\"party\":\"IDN\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownMemberIsABadRequestNamingTheField() {
        var r = api.post("/api/v1/sharing/groups", "china", "{\"name\":\"Bad\",\"members\":[\"ATLANTIS\"]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("field").asString()).isEqualTo("members");
    }

    @Test
    void aBundleIsTakenObjectByObjectWithAReasonForEveryRejection() {
        String ok = Stix.id("indicator");
        String unknownMarking = Stix.id("indicator");
        String posing = Stix.id("malware");
        var r = upload(
                "china",
                group,
                Stix.bundle(List.of(
                        Stix.indicator(ok, "2024-01-01T00:00:00.000Z", Stix.AMBER),
                        Stix.indicator(
                                unknownMarking,
                                "2024-01-01T00:00:00.000Z",
                                "marking-definition--11111111-2222-4333-8444-555555555555"),
                        Stix.malware(posing, Stix.AMBER)
                                .replace(
                                        "\"is_family\"",
                                        "\"created_by_ref\":\"" + org.gsi.sharing.internal.PartyIdentities.of("KAZ")
                                                + "\",\"is_family\""),
                        "{\"type\":\"indicator\"}")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("total").asInt()).isEqualTo(4);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(outcome(r, 0).get("accepted").asBoolean()).isTrue();
        assertThat(outcome(r, 1).get("reasonKey").asString()).isEqualTo("sharing.reject.unknownMarking");
        assertThat(outcome(r, 1).get("reason").asString()).contains("marking-definition--11111111");
        assertThat(outcome(r, 2).get("reasonKey").asString()).isEqualTo("sharing.reject.foreignIdentity");
        assertThat(outcome(r, 2).get("reason").asString()).contains("KAZ");
        assertThat(outcome(r, 3).get("reasonKey").asString()).isEqualTo("sharing.reject.schema");
        var report = api.get("/api/v1/sharing/statuses/" + r.json().get("id").asString(), "china");
        assertThat(report.json().get("rejected").asInt()).isEqualTo(3);
    }

    @Test
    void theSameVersionIsStoredOnceAndAChangeNeedsALaterModified() {
        String id = Stix.id("indicator");
        String v1 = Stix.indicator(id, "2024-01-01T00:00:00.000Z", Stix.AMBER);
        assertThat(outcome(upload("china", group, Stix.bundle(List.of(v1))), 0)
                        .get("reasonKey")
                        .asString())
                .isEqualTo("sharing.accepted");
        assertThat(outcome(upload("china", group, Stix.bundle(List.of(v1))), 0)
                        .get("reasonKey")
                        .asString())
                .isEqualTo("sharing.accepted.already");
        String changed = v1.replace("203.0.113.7", "203.0.113.8");
        assertThat(outcome(upload("china", group, Stix.bundle(List.of(changed))), 0)
                        .get("reasonKey")
                        .asString())
                .isEqualTo("sharing.reject.conflict");
        assertThat(outcome(upload("china", chinaCollection, Stix.bundle(List.of(v1))), 0)
                        .get("reasonKey")
                        .asString())
                .isEqualTo("sharing.reject.otherTarget");
        var versions = taxii.get(Taxii.ROOT + "collections/" + group + "/objects/" + id + "/versions/", "china");
        assertThat(versions.json().get("versions")).hasSize(1);
    }

    @Test
    void aStatementMarkingIsKnownToThoseWhoMayReadIt() {
        String marking = "marking-definition--" + UUID.randomUUID();
        String statement = "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"" + marking
                + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"definition_type\":\"statement\","
                + "\"definition\":{\"statement\":\"Copyright the sender\"}}";
        String id = Stix.id("indicator");
        String marked = Stix.indicator(id, "2024-01-01T00:00:00.000Z", Stix.AMBER)
                .replace("[\"" + Stix.AMBER + "\"]", "[\"" + Stix.AMBER + "\",\"" + marking + "\"]");
        var r = upload("china", group, Stix.bundle(List.of(statement, marked)));
        assertThat(r.json().get("accepted").asInt()).as(r.body()).isEqualTo(2);
        // Kazakhstan reads the marking (sent to its group) and may use it; Indonesia may not
        String kazId = Stix.id("indicator");
        var kaz = upload(
                "kazakhstan",
                group,
                Stix.bundle(List.of(Stix.indicator(kazId, "2024-01-01T00:00:00.000Z", Stix.AMBER)
                        .replace("[\"" + Stix.AMBER + "\"]", "[\"" + Stix.AMBER + "\",\"" + marking + "\"]"))));
        assertThat(kaz.json().get("accepted").asInt()).isEqualTo(1);
        String idnCollection = api.get("/api/v1/sharing/collections", "indonesia")
                .json()
                .get(0)
                .get("id")
                .asString();
        var idn = upload(
                "indonesia",
                idnCollection,
                Stix.bundle(List.of(Stix.indicator(Stix.id("indicator"), "2024-01-01T00:00:00.000Z", Stix.AMBER)
                        .replace("[\"" + Stix.AMBER + "\"]", "[\"" + Stix.AMBER + "\",\"" + marking + "\"]"))));
        assertThat(outcome(idn, 0).get("reasonKey").asString()).isEqualTo("sharing.reject.unknownMarking");
    }

    @Test
    void aNonStandardTlpDefinitionIsRejectedAndAStandardOneIsKnown() {
        String fake = "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"marking-definition--"
                + UUID.randomUUID() + "\",\"created\":\"2024-01-01T00:00:00.000Z\",\"name\":\"TLP:GREEN\","
                + "\"definition_type\":\"statement\",\"definition\":{\"statement\":\"TLP:GREEN\"}}";
        String standard = "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\",\"id\":\"" + Stix.GREEN
                + "\",\"created\":\"2022-10-01T00:00:00.000Z\",\"name\":\"TLP:GREEN\",\"extensions\":{"
                + "\"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d\":{\"extension_type\":"
                + "\"property-extension\",\"tlp_2_0\":\"green\"}}}";
        var r = upload("china", group, Stix.bundle(List.of(fake, standard)));
        assertThat(outcome(r, 0).get("reasonKey").asString()).isEqualTo("sharing.reject.nonStandardTlp");
        assertThat(outcome(r, 1).get("reasonKey").asString()).isEqualTo("sharing.accepted.standardMarking");
    }

    @Test
    void badBundlesAreProblemDetails() {
        var notJson = upload("china", group, "{{{");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notJson.json().get("field").asString()).isEqualTo("bundle");
        var stix20 = upload("china", group, "{\"type\":\"bundle\",\"spec_version\":\"2.0\",\"objects\":[]}");
        assertThat(stix20.status()).isEqualTo(400);
        assertThat(stix20.json().get("detail").asString()).contains("STIX 2.0");
        var noObjects = upload("china", group, "{\"type\":\"bundle\"}");
        assertThat(noObjects.status()).isEqualTo(400);
    }

    @Test
    void aBundleOverTheImportLimitIs413() {
        String huge = "{\"objects\":[],\"pad\":\"" + "x".repeat(51 * 1024 * 1024) + "\"}";
        var r = upload("china", group, huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void writingWhereThePartyMayNotIsRefused() {
        var foreign = upload("kazakhstan", chinaCollection, Stix.bundle(List.of()));
        assertThat(foreign.status()).isEqualTo(403);
        var hidden = upload("indonesia", group, Stix.bundle(List.of()));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(upload(null, group, Stix.bundle(List.of())).status()).isEqualTo(401);
    }

    @Test
    void theReporterPublishesItsIncidentReportWithItsChosenMarking() throws Exception {
        String reportId = "IR-SHARE-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "report_id,category,occurred_on,date_precision,country,admin1,admin2,location,latitude,longitude,"
                + "actor1,actor2,fatalities,reported_by,description\n" + reportId
                + ",cyber-incident,2024-04-02,day,KAZ,,,National payment switch,43.24,76.89,Unknown,Central bank,,CHN,"
                + "Ransomware\n";
        importIncidents("china", csv);
        var published = api.post(
                "/api/v1/sharing/incidents",
                "china",
                "{\"reportId\":\"" + reportId + "\",\"collection\":\"" + group + "\",\"tlp\":\"red\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("accepted").asInt()).isEqualTo(3);
        String incident = outcome(published, 0).get("id").asString();
        assertThat(incident).startsWith("incident--");
        JsonNode seen = taxii.get(Taxii.ROOT + "collections/" + group + "/objects/" + incident + "/", "kazakhstan")
                .json();
        String raw = seen.get("objects").get(0).toString();
        assertThat(raw).contains(Stix.RED, "Cyber incident", reportId);
        assertThat(taxii.get(Taxii.ROOT + "collections/" + chinaCollection + "/objects/" + incident + "/", "indonesia")
                        .status())
                .isEqualTo(404);
        var notTheirs = api.post(
                "/api/v1/sharing/incidents",
                "kazakhstan",
                "{\"reportId\":\"" + reportId + "\",\"collection\":\"" + group + "\",\"tlp\":\"green\"}");
        assertThat(notTheirs.status()).isEqualTo(403);
        var again = api.post(
                "/api/v1/sharing/incidents",
                "china",
                "{\"reportId\":\"" + reportId + "\",\"collection\":\"" + group + "\",\"tlp\":\"amber\"}");
        assertThat(again.json().get("accepted").asInt()).as(again.body()).isEqualTo(3);
        var versions = taxii.get(Taxii.ROOT + "collections/" + group + "/objects/" + incident + "/versions/", "china");
        assertThat(versions.json().get("versions")).hasSize(2);
    }

    void importIncidents(String user, String csv) throws Exception {
        String boundary = "----sh" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nincidents\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"incidents.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events/imports"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Authorization", "Bearer " + api.token(user))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String job = Api.json().readTree(r.body()).get("id").asString();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            String status = api.get("/api/v1/events/imports/" + job, user)
                    .json()
                    .get("status")
                    .asString();
            if (status.equals("DONE")) {
                return;
            }
            assertThat(status).isNotEqualTo("FAILED");
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }

    @Test
    void anObjectIsLinkedToASituationItsLinkerCanSee() {
        String id = Stix.id("indicator");
        upload("china", group, Stix.bundle(List.of(Stix.indicator(id, "2024-01-01T00:00:00.000Z", Stix.AMBER))));
        var situation = api.post(
                "/api/v1/situations",
                "china",
                "{\"title\":\"Link target\",\"countries\":[\"KAZ\"],\"domains\":[],\"partiesConcerned\":[],"
                        + "\"visibility\":\"owner\"}");
        assertThat(situation.status()).as(situation.body()).isEqualTo(201);
        String sid = situation.json().get("id").asString();
        var linked = api.post(
                "/api/v1/sharing/objects/" + id + "/links", "china", "{\"kind\":\"situation\",\"id\":\"" + sid + "\"}");
        assertThat(linked.status()).isEqualTo(204);
        var detail = api.get("/api/v1/sharing/objects/" + id, "china");
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        assertThat(detail.json().get("links").toString()).contains("Link target");
        // Kazakhstan reads the object but not China's own situation: it sees no link, and cannot link to it
        assertThat(api.get("/api/v1/sharing/objects/" + id, "kazakhstan").json().get("links"))
                .isEmpty();
        var refused = api.post(
                "/api/v1/sharing/objects/" + id + "/links",
                "kazakhstan",
                "{\"kind\":\"situation\",\"id\":\"" + sid + "\"}");
        assertThat(refused.status()).isEqualTo(404);
    }
}
