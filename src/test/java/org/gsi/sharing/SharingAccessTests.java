package org.gsi.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A party outside a sharing target sees none of its objects through any call: TAXII lists, manifests, object and
 * version reads, match filters, next links, errors and status resources; the API's lists and counts; the pages. TLP
 * decides with the target: RED for the recipients named when sent, AMBER also for whom a recipient informed,
 * AMBER+STRICT and unmarked for the group, GREEN for every party, CLEAR for everyone.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingAccessTests {

    @LocalServerPort
    int port;

    Taxii taxii;
    String group;
    String chinaCollection;
    final String red = Stix.id("indicator");
    final String amber = Stix.id("indicator");
    final String strict = Stix.id("indicator");
    final String unmarked = Stix.id("indicator");
    final String green = Stix.id("indicator");
    final String clear = Stix.id("indicator");
    final String ownAmber = Stix.id("indicator");
    final String redRelation = Stix.id("relationship");
    String chinaStatus;

    @BeforeAll
    void chinaSharesWithKazakhstanOnly() {
        taxii = new Taxii(port);
        group = taxii.api()
                .post("/api/v1/sharing/groups", "china", "{\"name\":\"Access\",\"members\":[\"KAZ\"]}")
                .json()
                .get("id")
                .asString();
        var collections = taxii.get(Taxii.ROOT + "collections/", "china").json().get("collections");
        chinaCollection = collections.get(0).get("id").asString();
        String inGroup = Taxii.ROOT + "collections/" + group + "/objects/";
        var r = taxii.post(
                inGroup,
                "china",
                Stix.envelope(List.of(
                        Stix.indicator(red, "2024-01-01T00:00:00.000Z", Stix.RED),
                        Stix.indicator(amber, "2024-01-01T00:00:00.000Z", Stix.AMBER),
                        Stix.indicator(amber, "2024-01-02T00:00:00.000Z", Stix.AMBER),
                        Stix.indicator(strict, "2024-01-01T00:00:00.000Z", Stix.AMBER_STRICT),
                        Stix.indicator(unmarked, "2024-01-01T00:00:00.000Z", null),
                        Stix.indicator(green, "2024-01-01T00:00:00.000Z", Stix.GREEN),
                        Stix.indicator(clear, "2024-01-01T00:00:00.000Z", Stix.CLEAR),
                        Stix.relationship(redRelation, "indicates", red, amber, Stix.RED))));
        assertThat(r.json().get("failure_count").asInt()).as(r.body()).isZero();
        chinaStatus = r.json().get("id").asString();
        var own = taxii.post(
                Taxii.ROOT + "collections/" + chinaCollection + "/objects/",
                "china",
                Stix.envelope(List.of(Stix.indicator(ownAmber, "2024-01-01T00:00:00.000Z", Stix.AMBER))));
        assertThat(own.json().get("failure_count").asInt()).isZero();
        // Ethiopia joins after the objects were sent
        taxii.api().post("/api/v1/sharing/groups/" + group + "/members", "china", "{\"party\":\"ETH\"}");
    }

    List<String> hidden() {
        return List.of(red, amber, strict, unmarked, ownAmber, redRelation);
    }

    List<String> taxiiIds(String path, String user) {
        List<String> out = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            var r = taxii.get(
                    path + (path.contains("?") ? "&" : "?") + "limit=1" + (next == null ? "" : "&next=" + next), user);
            assertThat(r.status()).as(path).isEqualTo(200);
            r.json().get("objects").forEach(o -> out.add(o.get("id").asString()));
            next = r.json().get("more").asBoolean() ? r.json().get("next").asString() : null;
        } while (next != null && ++pages < 2000);
        return out;
    }

    @Test
    void anOutsiderSeesNoneOfTheGroupsObjectsInAnyTaxiiList() {
        for (String user : new String[] {"indonesia", null}) {
            var collections = taxii.get(Taxii.ROOT + "collections/", user).body();
            assertThat(collections).doesNotContain(group);
            String own = Taxii.ROOT + "collections/" + chinaCollection + "/";
            List<String> objects = taxiiIds(own + "objects/?match[version]=all", user);
            List<String> manifest = taxiiIds(own + "manifest/?match[version]=all", user);
            assertThat(objects).doesNotContainAnyElementsOf(hidden()).doesNotHaveDuplicates();
            assertThat(manifest).doesNotContainAnyElementsOf(hidden());
            assertThat(objects).contains(clear);
            if (user != null) {
                assertThat(objects).contains(green);
            } else {
                assertThat(objects).doesNotContain(green);
            }
        }
    }

    @Test
    void matchIdOfAHiddenObjectGivesNothingAndNoHeaders() {
        String own = Taxii.ROOT + "collections/" + chinaCollection + "/";
        for (String id : hidden()) {
            var r = taxii.get(own + "objects/?match[id]=" + id + "&match[version]=all", "indonesia");
            assertThat(r.json().get("objects")).isEmpty();
            assertThat(r.json().get("more").asBoolean()).isFalse();
            assertThat(r.header("X-TAXII-Date-Added-First")).isNull();
            assertThat(taxii.get(own + "manifest/?match[id]=" + id, "indonesia")
                            .json()
                            .get("objects"))
                    .isEmpty();
        }
    }

    @Test
    void aHiddenObjectAnswersExactlyLikeOneThatDoesNotExist() {
        String own = Taxii.ROOT + "collections/" + chinaCollection + "/objects/";
        var missing = taxii.get(own + Stix.id("indicator") + "/", "indonesia");
        var missingVersions = taxii.get(own + Stix.id("indicator") + "/versions/", "indonesia");
        for (String id : hidden()) {
            var r = taxii.get(own + id + "/", "indonesia");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.body()).isEqualTo(missing.body());
            var v = taxii.get(own + id + "/versions/", "indonesia");
            assertThat(v.status()).isEqualTo(404);
            assertThat(v.body()).isEqualTo(missingVersions.body());
            assertThat(taxii.delete(own + id + "/", "indonesia").status()).isEqualTo(404);
        }
        var group404 = taxii.get(Taxii.ROOT + "collections/" + group + "/", "indonesia");
        var none404 = taxii.get(Taxii.ROOT + "collections/8c2a6f5e-0d3b-4a1e-9b7c-2f4e6d8a0b1c/", "indonesia");
        assertThat(group404.body()).isEqualTo(none404.body());
    }

    @Test
    void theSendersStatusResourceIsNotFoundForAnyoneElse() {
        assertThat(taxii.get(Taxii.ROOT + "status/" + chinaStatus + "/", "indonesia")
                        .status())
                .isEqualTo(404);
        assertThat(taxii.get(Taxii.ROOT + "status/" + chinaStatus + "/", "kazakhstan")
                        .status())
                .isEqualTo(404);
        assertThat(taxii.api()
                        .get("/api/v1/sharing/statuses/" + chinaStatus, "kazakhstan")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aMemberReadsAmberStrictUnmarkedAndRedSentToIt() {
        List<String> kaz = taxiiIds(Taxii.ROOT + "collections/" + group + "/objects/", "kazakhstan");
        assertThat(kaz).contains(red, amber, strict, unmarked, green, clear, redRelation);
        assertThat(kaz).doesNotContain(ownAmber);
    }

    @Test
    void aPartyThatJoinedLaterReadsAmberButNotRed() {
        List<String> eth = taxiiIds(Taxii.ROOT + "collections/" + group + "/objects/", "ethiopia");
        assertThat(eth).contains(amber, strict, unmarked).doesNotContain(red, redRelation);
        assertThat(taxii.get(Taxii.ROOT + "collections/" + group + "/objects/" + red + "/", "ethiopia")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theApiListsAndCountsOnlyWhatTheReaderMayRead() {
        for (String user : new String[] {"indonesia", null}) {
            var all = user == null
                    ? taxii.api().get("/api/v1/sharing/objects?party=CHN&size=500")
                    : taxii.api().get("/api/v1/sharing/objects?party=CHN&size=500", user);
            List<String> ids = new ArrayList<>();
            all.json().get("items").forEach(o -> ids.add(o.get("id").asString()));
            assertThat(ids).doesNotContainAnyElementsOf(hidden()).contains(clear);
            assertThat(all.json().get("total").asLong()).isEqualTo(ids.size());
            for (String id : hidden()) {
                var one = user == null
                        ? taxii.api().get("/api/v1/sharing/objects/" + id)
                        : taxii.api().get("/api/v1/sharing/objects/" + id, user);
                assertThat(one.status()).isEqualTo(404);
            }
        }
        var red = taxii.api().get("/api/v1/sharing/objects?tlp=red&party=CHN", "indonesia");
        assertThat(red.json().get("total").asLong()).isZero();
    }

    @Test
    void thePagesShowTheOutsiderNothingOfIt() {
        PageSession indonesia = PageSession.login(port, "indonesia");
        String list = indonesia.get("/sharing/objects?party=CHN").body();
        for (String id : hidden()) {
            assertThat(list).doesNotContain(id);
            assertThat(indonesia.get("/sharing/objects/" + id).status()).isEqualTo(404);
        }
        assertThat(indonesia.get("/sharing/groups/" + group).status()).isEqualTo(404);
        String anonymous = PageSession.anonymous(port).get("/sharing/objects").body();
        assertThat(anonymous).contains(clear).doesNotContain(green).doesNotContain(red);
    }

    @Test
    void aRecipientInformsAnOutsiderOfAmberButNotOfRedOrAmberStrict() {
        String who = "BRA";
        var informed = taxii.api()
                .post("/api/v1/sharing/objects/" + amber + "/recipients", "kazakhstan", "{\"party\":\"" + who + "\"}");
        assertThat(informed.status()).as(informed.body()).isEqualTo(200);
        assertThat(informed.json().get("kind").asString()).isEqualTo("informed");
        assertThat(taxii.get(Taxii.ROOT + "collections/" + chinaCollection + "/objects/" + amber + "/", "brazil")
                        .status())
                .isEqualTo(200);
        for (String id : List.of(red, strict, unmarked)) {
            var refused = taxii.api()
                    .post("/api/v1/sharing/objects/" + id + "/recipients", "kazakhstan", "{\"party\":\"" + who + "\"}");
            assertThat(refused.status()).as(id).isEqualTo(403);
            assertThat(refused.json().get("detail").asString())
                    .containsAnyOf("TLP:RED", "TLP:AMBER+STRICT", "Unmarked");
        }
        // Brazil was informed, so it may not pass it on further
        var further =
                taxii.api().post("/api/v1/sharing/objects/" + amber + "/recipients", "brazil", "{\"party\":\"au\"}");
        assertThat(further.status()).isEqualTo(403);
        assertThat(taxii.get(Taxii.ROOT + "collections/" + chinaCollection + "/objects/" + red + "/", "brazil")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theSenderNamesARecipientOfARedObject() {
        var named =
                taxii.api().post("/api/v1/sharing/objects/" + strict + "/recipients", "china", "{\"party\":\"au\"}");
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().get("kind").asString()).isEqualTo("named");
        JsonNode seen = taxii.get(
                        Taxii.ROOT + "collections/" + chinaCollection + "/objects/?match[id]=" + strict + "," + red,
                        "african-union")
                .json()
                .get("objects");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("id").asString()).isEqualTo(strict);
    }
}
