package org.gsi.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The TAXII 2.1 specification's normative statements for servers (OASIS Standard, 10 June 2021), one test each,
 * called as the OASIS reference client (taxii2-client, and stix2's TAXII data store) calls a server. Each test
 * names its section. China owns a fresh sharing group with Kazakhstan; Indonesia is outside it.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxiiConformanceTests {

    @LocalServerPort
    int port;

    Taxii taxii;
    String group;
    String objects;
    String indicator = Stix.id("indicator");
    String malware = Stix.id("malware");
    String relation = Stix.id("relationship");
    List<String> paged = new ArrayList<>();

    @BeforeAll
    void groupWithVersionsAndPages() {
        taxii = new Taxii(port);
        var g = taxii.api()
                .post(
                        "/api/v1/sharing/groups",
                        "china",
                        "{\"name\":\"Conformance\",\"membersVisible\":false,\"members\":[\"KAZ\"]}");
        assertThat(g.status()).as(g.body()).isEqualTo(201);
        group = g.json().get("id").asString();
        objects = Taxii.ROOT + "collections/" + group + "/objects/";
        for (String day : List.of("01", "02", "03")) {
            post(List.of(Stix.indicator(indicator, "2024-01-" + day + "T00:00:00.000Z", Stix.AMBER)));
        }
        post(List.of(
                Stix.malware(malware, Stix.AMBER),
                Stix.relationship(relation, "indicates", indicator, malware, Stix.AMBER)));
        for (int i = 0; i < 5; i++) {
            String id = Stix.id("indicator");
            paged.add(id);
            post(List.of(Stix.indicator(id, "2024-01-01T00:00:00.000Z", Stix.GREEN)));
        }
    }

    private JsonNode post(List<String> stix) {
        var r = taxii.post(objects, "china", Stix.envelope(stix));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().get("failure_count").asInt()).as(r.body()).isZero();
        return r.json();
    }

    /** Into China's own collection; returns the status id. */
    private String postOwn(List<String> stix) {
        var r = taxii.post(
                Taxii.ROOT + "collections/" + partyCollection("china") + "/objects/", "china", Stix.envelope(stix));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("id").asString();
    }

    private List<String> ids(Taxii.Response r) {
        List<String> out = new ArrayList<>();
        r.json().get("objects").forEach(o -> out.add(o.get("id").asString()));
        return out;
    }

    private List<String> versionsOf(Taxii.Response r, String id) {
        List<String> out = new ArrayList<>();
        r.json().get("objects").forEach(o -> {
            if (o.get("id").asString().equals(id)) {
                out.add(o.get("modified").asString());
            }
        });
        return out;
    }

    // 1.6.8 / 3.1 media types and content negotiation

    @Test
    @DisplayName("§1.6.8.1 every response is application/taxii+json;version=2.1, as the reference client compares it")
    void everyResponseHasTheTaxiiMediaType() {
        for (String path :
                List.of("/taxii2/", Taxii.ROOT, Taxii.ROOT + "collections/", objects, Taxii.ROOT + "nowhere/")) {
            String type = taxii.get(path, "kazakhstan").contentType();
            assertThat(type.replace(" ", "").split(";")).contains("application/taxii+json", "version=2.1");
        }
    }

    @Test
    @DisplayName("§1.6.8.1 an Accept header without a supported TAXII version gets 406 with an error message")
    void unsupportedAcceptIs406() {
        for (String accept : List.of("application/xml", "application/taxii+json;version=2.0", "text/html")) {
            var r = taxii.send("GET", objects, taxii.auth("kazakhstan"), null, Map.of("Accept", accept));
            assertThat(r.status()).as(accept).isEqualTo(406);
            assertThat(r.json().get("title").asString()).isNotBlank();
        }
    }

    @Test
    @DisplayName("§1.6.8.1 application/taxii+json without a version parameter means the latest version")
    void acceptWithoutVersionIsServed() {
        var r = taxii.send("GET", "/taxii2/", null, null, Map.of("Accept", "application/taxii+json"));
        assertThat(r.status()).isEqualTo(200);
    }

    // 3.6 errors

    @Test
    @DisplayName("§3.6 errors are error message resources: title required, http_status as a string")
    void errorsAreErrorMessages() {
        var r = taxii.get(Taxii.ROOT + "collections/00000000-0000-4000-8000-000000000000/", "kazakhstan");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("title").asString()).isNotBlank();
        assertThat(r.json().get("http_status").asString()).isEqualTo("404");
    }

    @Test
    @DisplayName("§4.2 an unknown API root is 404")
    void unknownApiRootIs404() {
        assertThat(taxii.get("/taxii2/elsewhere/", "kazakhstan").status()).isEqualTo(404);
    }

    // 4.1 discovery, 4.2 API root

    @Test
    @DisplayName("§4.1 discovery names a title, the API roots and a default that is one of them")
    void discovery() {
        JsonNode d = taxii.get("/taxii2/", null).json();
        assertThat(d.get("title").asString()).isNotBlank();
        List<String> roots = new ArrayList<>();
        d.get("api_roots").forEach(r -> roots.add(r.asString()));
        assertThat(roots).contains(d.get("default").asString());
        assertThat(roots.get(0)).endsWith(Taxii.ROOT);
    }

    @Test
    @DisplayName("§4.2 the API root has title, versions with taxii 2.1 and max_content_length")
    void apiRoot() {
        JsonNode r = taxii.get(Taxii.ROOT, null).json();
        assertThat(r.get("title").asString()).isNotBlank();
        assertThat(r.get("versions").toString()).contains(Taxii.MEDIA);
        assertThat(r.get("max_content_length").asLong()).isPositive();
    }

    // 5.1, 5.2 collections

    @Test
    @DisplayName("§5.1 collections list id, title, can_read, can_write and media types")
    void collections() {
        JsonNode list =
                taxii.get(Taxii.ROOT + "collections/", "kazakhstan").json().get("collections");
        JsonNode mine = null;
        for (JsonNode c : list) {
            if (c.get("id").asString().equals(group)) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("title").asString()).isEqualTo("Conformance");
        assertThat(mine.get("can_read").asBoolean()).isTrue();
        assertThat(mine.get("can_write").asBoolean()).isTrue();
        assertThat(mine.get("media_types").toString()).contains("application/stix+json;version=2.1");
    }

    @Test
    @DisplayName("§5.2 one collection by id; its id is the one in the URL (the reference client checks this)")
    void oneCollection() {
        var r = taxii.get(Taxii.ROOT + "collections/" + group + "/", "china");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asString()).isEqualTo(group);
    }

    @Test
    @DisplayName("§5.2 can_read and can_write are computed for the caller")
    void canWriteIsTheCallers() {
        String chinaCollection = partyCollection("china");
        JsonNode asChina = taxii.get(Taxii.ROOT + "collections/" + chinaCollection + "/", "china")
                .json();
        JsonNode asKaz = taxii.get(Taxii.ROOT + "collections/" + chinaCollection + "/", "kazakhstan")
                .json();
        assertThat(asChina.get("can_write").asBoolean()).isTrue();
        assertThat(asKaz.get("can_write").asBoolean()).isFalse();
        assertThat(asKaz.get("can_read").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("§5.2 a collection the caller may not access is not found (404)")
    void foreignGroupCollectionIs404() {
        assertThat(taxii.get(Taxii.ROOT + "collections/" + group + "/", "indonesia")
                        .status())
                .isEqualTo(404);
        assertThat(taxii.get(objects, "indonesia").status()).isEqualTo(404);
        assertThat(taxii.get(objects, null).status()).isEqualTo(404);
    }

    String partyCollection(String user) {
        var list = taxii.get(Taxii.ROOT + "collections/", user).json().get("collections");
        return list.get(0).get("id").asString();
    }

    // 5.3 get objects

    @Test
    @DisplayName("§5.3 objects come in an envelope with objects and more")
    void envelope() {
        JsonNode e = taxii.get(objects, "kazakhstan").json();
        assertThat(e.get("more").asBoolean()).isFalse();
        assertThat(e.get("objects").isArray()).isTrue();
    }

    @Test
    @DisplayName("§3.4 objects are sorted by date_added, oldest first")
    void sortedByDateAdded() {
        var r = taxii.get(Taxii.ROOT + "collections/" + group + "/manifest/", "kazakhstan");
        List<String> added = new ArrayList<>();
        r.json().get("objects").forEach(o -> added.add(o.get("date_added").asString()));
        assertThat(added).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("§3.4 added_after returns only objects added after it, not at it")
    void addedAfterIsExclusive() {
        JsonNode m = taxii.get(Taxii.ROOT + "collections/" + group + "/manifest/", "kazakhstan")
                .json()
                .get("objects");
        String third = m.get(2).get("date_added").asString();
        var r = taxii.get(Taxii.ROOT + "collections/" + group + "/manifest/?added_after=" + third, "kazakhstan");
        JsonNode after = r.json().get("objects");
        assertThat(after.size()).isEqualTo(m.size() - 3);
        after.forEach(o -> assertThat(o.get("date_added").asString()).isGreaterThan(third));
    }

    @Test
    @DisplayName("§3.2 limit caps the page; more says there is more and next continues it")
    void limitMoreNext() {
        var r = taxii.get(objects + "?limit=2", "kazakhstan");
        assertThat(r.json().get("objects").size()).isEqualTo(2);
        assertThat(r.json().get("more").asBoolean()).isTrue();
        assertThat(r.json().get("next").asString()).isNotBlank();
    }

    @Test
    @DisplayName("§3.2 following next pages through every object once, without gap or repeat")
    void nextTraversesEverything() {
        List<String> all = ids(taxii.get(objects + "?limit=1000", "kazakhstan"));
        List<String> walked = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            var r = taxii.get(objects + "?limit=2" + (next == null ? "" : "&next=" + next), "kazakhstan");
            walked.addAll(ids(r));
            next = r.json().get("more").asBoolean() ? r.json().get("next").asString() : null;
            pages++;
        } while (next != null && pages < 50);
        assertThat(walked).containsExactlyElementsOf(all);
        assertThat(all).contains(indicator, malware, relation).containsAll(paged);
    }

    @Test
    @DisplayName("§3.3 X-TAXII-Date-Added-First and -Last are the dates added of the first and last object given")
    void dateAddedHeaders() {
        var page = taxii.get(objects + "?limit=2", "kazakhstan");
        var manifest = taxii.get(Taxii.ROOT + "collections/" + group + "/manifest/?limit=2", "kazakhstan");
        JsonNode m = manifest.json().get("objects");
        assertThat(page.header("X-TAXII-Date-Added-First"))
                .isEqualTo(m.get(0).get("date_added").asString());
        assertThat(page.header("X-TAXII-Date-Added-Last"))
                .isEqualTo(m.get(1).get("date_added").asString());
        assertThat(manifest.header("X-TAXII-Date-Added-Last"))
                .isEqualTo(m.get(1).get("date_added").asString());
    }

    @Test
    @DisplayName("§3.4 match[id] takes several ids, any of which matches")
    void matchId() {
        var r = taxii.get(objects + "?match[id]=" + malware + "," + paged.get(0), "kazakhstan");
        assertThat(ids(r)).containsExactlyInAnyOrder(malware, paged.get(0));
    }

    @Test
    @DisplayName("§3.4 filter names may come percent-encoded, as the reference client's HTTP library sends them")
    void encodedFilterNames() {
        var r = taxii.get(objects + "?match%5Bid%5D=" + malware, "kazakhstan");
        assertThat(ids(r)).containsExactly(malware);
    }

    @Test
    @DisplayName("§3.4 match[type] takes several types")
    void matchType() {
        var r = taxii.get(objects + "?match[type]=malware,relationship", "kazakhstan");
        assertThat(ids(r)).containsExactlyInAnyOrder(malware, relation);
    }

    @Test
    @DisplayName("§3.4 different match filters must all hold")
    void filtersAreAnded() {
        var r = taxii.get(objects + "?match[type]=indicator&match[id]=" + malware + "," + paged.get(1), "kazakhstan");
        assertThat(ids(r)).containsExactly(paged.get(1));
    }

    @Test
    @DisplayName("§3.4.1 without match[version] only the latest version of each object is given")
    void latestVersionByDefault() {
        assertThat(versionsOf(taxii.get(objects, "kazakhstan"), indicator)).containsExactly("2024-01-03T00:00:00.000Z");
    }

    @Test
    @DisplayName("§3.4.1 match[version]=first gives the earliest version")
    void firstVersion() {
        assertThat(versionsOf(taxii.get(objects + "?match[version]=first", "kazakhstan"), indicator))
                .containsExactly("2024-01-01T00:00:00.000Z");
    }

    @Test
    @DisplayName("§3.4.1 match[version]=all gives every version")
    void allVersions() {
        assertThat(versionsOf(taxii.get(objects + "?match[version]=all", "kazakhstan"), indicator))
                .containsExactly("2024-01-01T00:00:00.000Z", "2024-01-02T00:00:00.000Z", "2024-01-03T00:00:00.000Z");
    }

    @Test
    @DisplayName("§3.4.1 match[version]=<timestamp> gives that version only")
    void exactVersion() {
        assertThat(versionsOf(taxii.get(objects + "?match[version]=2024-01-02T00:00:00.000Z", "kazakhstan"), indicator))
                .containsExactly("2024-01-02T00:00:00.000Z");
    }

    @Test
    @DisplayName("§3.4.1 match[version]=first,last gives both, once each")
    void firstAndLast() {
        assertThat(versionsOf(taxii.get(objects + "?match[version]=first,last", "kazakhstan"), indicator))
                .containsExactly("2024-01-01T00:00:00.000Z", "2024-01-03T00:00:00.000Z");
    }

    @Test
    @DisplayName("§3.4.1 match[spec_version] selects by STIX version (2.1 here; 2.0 matches nothing)")
    void specVersion() {
        assertThat(ids(taxii.get(objects + "?match[spec_version]=2.1", "kazakhstan")))
                .contains(indicator, malware, relation)
                .containsAll(paged);
        assertThat(ids(taxii.get(objects + "?match[spec_version]=2.0", "kazakhstan")))
                .isEmpty();
    }

    @Test
    @DisplayName("§3.4 a malformed added_after, limit or match[version] is a 400 error message")
    void malformedFiltersAre400() {
        for (String q : List.of(
                "added_after=yesterday", "limit=-1", "limit=abc", "match[version]=newest", "next=not-a-position")) {
            var r = taxii.get(objects + "?" + q, "kazakhstan");
            assertThat(r.status()).as(q).isEqualTo(400);
            assertThat(r.json().get("http_status").asString()).isEqualTo("400");
        }
    }

    @Test
    @DisplayName("§3.2 a limit above the server's page size is lowered to it, never exceeded")
    void limitIsCapped() {
        var r = taxii.get(objects + "?limit=1000000", "kazakhstan");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("objects").size()).isLessThanOrEqualTo(1000);
    }

    // 5.4 add objects, 4.3 status

    @Test
    @DisplayName("§5.4 adding objects answers 202 with a status resource that counts and lists them")
    void addAnswersStatus() {
        String id = Stix.id("indicator");
        var r = taxii.post(
                objects,
                "kazakhstan",
                Stix.envelope(List.of(Stix.indicator(id, "2024-05-01T00:00:00.000Z", Stix.AMBER))));
        assertThat(r.status()).isEqualTo(202);
        JsonNode s = r.json();
        assertThat(s.get("status").asString()).isEqualTo("complete");
        assertThat(s.get("total_count").asInt()).isEqualTo(1);
        assertThat(s.get("success_count").asInt()
                        + s.get("failure_count").asInt()
                        + s.get("pending_count").asInt())
                .isEqualTo(s.get("total_count").asInt());
        assertThat(s.get("successes").get(0).get("id").asString()).isEqualTo(id);
        assertThat(s.get("successes").get(0).get("version").asString()).isEqualTo("2024-05-01T00:00:00.000Z");
        taxii.delete(objects + id + "/", "kazakhstan");
    }

    @Test
    @DisplayName("§5.4 one bad object fails alone, with a message; the others are added")
    void partialSuccess() {
        String good = Stix.id("indicator");
        String bad = Stix.id("indicator");
        var r = taxii.post(
                objects,
                "kazakhstan",
                Stix.envelope(List.of(
                        Stix.indicator(good, "2024-05-01T00:00:00.000Z", Stix.AMBER),
                        Stix.indicator(bad, "2023-05-01T00:00:00.000Z", Stix.AMBER))));
        JsonNode s = r.json();
        assertThat(s.get("success_count").asInt()).isEqualTo(1);
        assertThat(s.get("failures").get(0).get("id").asString()).isEqualTo(bad);
        assertThat(s.get("failures").get(0).get("message").asString()).contains("modified is before created");
        taxii.delete(objects + good + "/", "kazakhstan");
    }

    @Test
    @DisplayName("§5.4 a STIX bundle, as stix2's TAXII sink sends it, is taken like an envelope")
    void bundleIsTaken() {
        String id = Stix.id("indicator");
        var r = taxii.post(
                objects,
                "kazakhstan",
                Stix.bundle(List.of(Stix.indicator(id, "2024-05-01T00:00:00.000Z", Stix.AMBER))));
        assertThat(r.json().get("success_count").asInt()).isEqualTo(1);
        taxii.delete(objects + id + "/", "kazakhstan");
    }

    @Test
    @DisplayName("§5.4 a body that is not TAXII JSON gets 415")
    void wrongContentTypeIs415() {
        var r = taxii.send(
                "POST",
                objects,
                taxii.auth("kazakhstan"),
                "<x/>",
                Map.of("Accept", Taxii.MEDIA, "Content-Type", "application/xml"));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.json().get("http_status").asString()).isEqualTo("415");
    }

    @Test
    @DisplayName("§5.4 a body over max_content_length gets 413")
    void tooLargeIs413() {
        long max = taxii.get(Taxii.ROOT, null).json().get("max_content_length").asLong();
        String padding = "x".repeat((int) max);
        var r = taxii.post(objects, "kazakhstan", "{\"objects\":[],\"pad\":\"" + padding + "\"}");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("http_status").asString()).isEqualTo("413");
    }

    @Test
    @DisplayName("§5.4 a body that is not JSON is a 400 error message")
    void notJsonIs400() {
        var r = taxii.post(objects, "kazakhstan", "this is not json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("description").asString()).contains("JSON");
    }

    @Test
    @DisplayName("§5.4 a caller whose collection says can_write false gets 403")
    void cannotWriteIs403() {
        String chinaCollection = partyCollection("china");
        var r = taxii.post(
                Taxii.ROOT + "collections/" + chinaCollection + "/objects/",
                "kazakhstan",
                Stix.envelope(List.of(Stix.indicator(Stix.id("indicator"), "2024-05-01T00:00:00.000Z", Stix.GREEN))));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("http_status").asString()).isEqualTo("403");
    }

    @Test
    @DisplayName("§1.6.6 an unauthenticated request to add gets 401 with WWW-Authenticate")
    void anonymousAddIs401() {
        var r = taxii.send(
                "POST",
                Taxii.ROOT + "collections/" + partyCollection("china") + "/objects/",
                null,
                "{\"objects\":[]}",
                Map.of("Accept", Taxii.MEDIA, "Content-Type", Taxii.MEDIA));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    @DisplayName("§4.3 the status resource is read again by its id, with or without the trailing slash")
    void statusResource() {
        String id = postOwn(List.of(Stix.malware(Stix.id("malware"), Stix.AMBER)));
        for (String path : List.of(Taxii.ROOT + "status/" + id + "/", Taxii.ROOT + "status/" + id)) {
            var r = taxii.get(path, "china");
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.json().get("id").asString()).isEqualTo(id);
            assertThat(r.json().get("pending_count").asInt()).isZero();
        }
    }

    @Test
    @DisplayName("§4.3 another party's status resource is not found")
    void foreignStatusIs404() {
        String id = postOwn(List.of(Stix.malware(Stix.id("malware"), Stix.AMBER)));
        assertThat(taxii.get(Taxii.ROOT + "status/" + id + "/", "kazakhstan").status())
                .isEqualTo(404);
        assertThat(taxii.get(Taxii.ROOT + "status/" + id + "/", null).status()).isEqualTo(404);
    }

    // 5.5 get an object, 5.8 versions

    @Test
    @DisplayName("§5.5 an object by id comes in an envelope, its latest version by default")
    void objectById() {
        var r = taxii.get(objects + indicator + "/", "kazakhstan");
        assertThat(versionsOf(r, indicator)).containsExactly("2024-01-03T00:00:00.000Z");
        var all = taxii.get(objects + indicator + "/?match[version]=all", "kazakhstan");
        assertThat(versionsOf(all, indicator)).hasSize(3);
    }

    @Test
    @DisplayName("§5.5 an unknown object is 404")
    void unknownObjectIs404() {
        assertThat(taxii.get(objects + Stix.id("indicator") + "/", "kazakhstan").status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("§5.8 versions lists version strings in order, pages with limit and next, with the headers")
    void versions() {
        var r = taxii.get(objects + indicator + "/versions/", "kazakhstan");
        List<String> v = new ArrayList<>();
        r.json().get("versions").forEach(x -> v.add(x.asString()));
        assertThat(v)
                .containsExactly("2024-01-01T00:00:00.000Z", "2024-01-02T00:00:00.000Z", "2024-01-03T00:00:00.000Z");
        assertThat(r.header("X-TAXII-Date-Added-First")).isNotBlank();
        var page = taxii.get(objects + indicator + "/versions/?limit=2", "kazakhstan")
                .json();
        assertThat(page.get("versions").size()).isEqualTo(2);
        assertThat(page.get("more").asBoolean()).isTrue();
        var rest = taxii.get(
                objects + indicator + "/versions/?limit=2&next="
                        + page.get("next").asString(),
                "kazakhstan");
        assertThat(rest.json().get("versions").get(0).asString()).isEqualTo("2024-01-03T00:00:00.000Z");
    }

    // 5.6 manifest

    @Test
    @DisplayName("§5.6 manifest records name id, date_added, version and media_type")
    void manifest() {
        var r = taxii.get(Taxii.ROOT + "collections/" + group + "/manifest/?match[id]=" + indicator, "kazakhstan");
        JsonNode m = r.json().get("objects").get(0);
        assertThat(m.get("id").asString()).isEqualTo(indicator);
        assertThat(m.get("version").asString()).isEqualTo("2024-01-03T00:00:00.000Z");
        assertThat(m.get("media_type").asString()).isEqualTo("application/stix+json;version=2.1");
        assertThat(m.get("date_added").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
    }

    // 5.7 delete

    @Test
    @DisplayName("§5.7 deleting an object removes it; with match[version] only that version")
    void delete() {
        String id = Stix.id("indicator");
        post(List.of(Stix.indicator(id, "2024-06-01T00:00:00.000Z", Stix.AMBER)));
        post(List.of(Stix.indicator(id, "2024-06-02T00:00:00.000Z", Stix.AMBER)));
        var one = taxii.delete(objects + id + "/?match[version]=2024-06-02T00:00:00.000Z", "china");
        assertThat(one.status()).isEqualTo(200);
        assertThat(versionsOf(taxii.get(objects + id + "/?match[version]=all", "china"), id))
                .containsExactly("2024-06-01T00:00:00.000Z");
        assertThat(taxii.delete(objects + id + "/", "china").status()).isEqualTo(200);
        assertThat(taxii.get(objects + id + "/", "china").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§5.7 only the sending party deletes: a reader gets 403, an outsider 404")
    void deleteIsTheSendersOnly() {
        String id = Stix.id("indicator");
        post(List.of(Stix.indicator(id, "2024-06-01T00:00:00.000Z", Stix.AMBER)));
        assertThat(taxii.delete(objects + id + "/", "kazakhstan").status()).isEqualTo(403);
        assertThat(taxii.delete(objects + id + "/", "indonesia").status()).isEqualTo(404);
        assertThat(taxii.get(objects + id + "/", "kazakhstan").status()).isEqualTo(200);
        assertThat(taxii.delete(objects + id + "/", "china").status()).isEqualTo(200);
    }

    // authentication

    @Test
    @DisplayName("§1.6.6 HTTP Basic with a platform user works; a wrong password is a 401 error message")
    void httpBasic() {
        var ok = taxii.send("GET", objects, Taxii.basic("kazakhstan", "demo"), null, Map.of("Accept", Taxii.MEDIA));
        assertThat(ok.status()).isEqualTo(200);
        var wrong = taxii.send("GET", objects, Taxii.basic("kazakhstan", "nope"), null, Map.of("Accept", Taxii.MEDIA));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrong.json().get("http_status").asString()).isEqualTo("401");
    }

    @Test
    @DisplayName("§1.6.6 API tokens work as Bearer and as the reference client's Token scheme; a bad one is 401")
    void tokens() {
        String token = taxii.api().token("kazakhstan");
        for (String scheme : List.of("Bearer ", "Token ")) {
            var r = taxii.send("GET", objects, scheme + token, null, Map.of("Accept", Taxii.MEDIA));
            assertThat(r.status()).as(scheme).isEqualTo(200);
        }
        var bad = taxii.send("GET", objects, "Bearer gsi_wrong", null, Map.of("Accept", Taxii.MEDIA));
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.contentType()).startsWith("application/taxii+json");
    }

    @Test
    @DisplayName("§1.6.6 no session is made: each request authenticates itself")
    void stateless() {
        var r = taxii.send("GET", objects, Taxii.basic("kazakhstan", "demo"), null, Map.of("Accept", Taxii.MEDIA));
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }
}
