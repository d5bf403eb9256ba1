package org.gsi.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sharing pages: the overview with collections and TAXII access, groups and who sees whom, the browser with its
 * filters, an object's page with versions, markings and its relationships drawn, the upload with its per-object
 * report; refused forms come back in the reader's language with what was typed.
 */
@PlatformTest
class SharingPagesTests {

    @LocalServerPort
    int port;

    static String path(String location) {
        return java.net.URI.create(location).getPath();
    }

    String demoMalware(Api api) {
        var items = api.get("/api/v1/sharing/objects?type=malware&party=CHN&size=500", "kazakhstan")
                .json()
                .get("items");
        for (var i : items) {
            if (i.get("name").asString().contains("LoaderX")) {
                return i.get("id").asString();
            }
        }
        throw new AssertionError("no demo malware");
    }

    @Test
    void theOverviewListsCollectionsGroupsAndTheTaxiiAddress() {
        var china = PageSession.login(port, "china").get("/sharing");
        assertThat(china.status()).isEqualTo(200);
        assertThat(china.body())
                .contains("[Demo] Cyber incident exchange", "/taxii2/gsi/", "TLP:AMBER+STRICT", "tlp-red");
        var anonymous = PageSession.anonymous(port).get("/sharing");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("[Demo] Cyber incident exchange");
    }

    @Test
    void aMemberSeesOnlyTheOwnerWhenMembersAreHidden() {
        Api api = new Api(port);
        String group = api.get("/api/v1/sharing/groups", "kazakhstan").json().findValues("id").stream()
                .map(n -> n.asString())
                .filter(id -> api.get("/api/v1/sharing/groups/" + id, "kazakhstan")
                        .body()
                        .contains("[Demo]"))
                .findFirst()
                .orElseThrow();
        String asKaz = PageSession.login(port, "kazakhstan")
                .get("/sharing/groups/" + group)
                .body();
        assertThat(asKaz).contains("CHN", "KAZ").doesNotContain(">ETH<");
        String asOwner =
                PageSession.login(port, "china").get("/sharing/groups/" + group).body();
        assertThat(asOwner).contains(">ETH<", "KAZ");
    }

    @Test
    void theBrowserFiltersByTypeMarkingPartyAndDate() {
        PageSession kaz = PageSession.login(port, "kazakhstan");
        String red = kaz.get("/sharing/objects?tlp=red&party=CHN").body();
        assertThat(red)
                .contains("[Demo] Intrusion into a port authority network")
                .doesNotContain("[Demo] LoaderX<");
        String byType =
                kaz.get("/sharing/objects?type=vulnerability&from=2000-01-01").body();
        assertThat(byType).contains("CVE-2021-44228").doesNotContain("[Demo] Intrusion");
        assertThat(kaz.get("/sharing/objects?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void anObjectPageShowsVersionsMarkingsAndTheRelationshipGraph() {
        Api api = new Api(port);
        String malware = demoMalware(api);
        String page = PageSession.login(port, "kazakhstan")
                .get("/sharing/objects/" + malware)
                .body();
        assertThat(page).contains("<svg", "indicates", "exploits", "related-to", "TLP:AMBER", "[Demo] LoaderX");
        assertThat(page).contains("id=\"raw\"");
        // Indonesia reads the GREEN relationship to the vulnerability, but not the AMBER malware itself
        assertThat(PageSession.login(port, "indonesia")
                        .get("/sharing/objects/" + malware)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRefusedOnwardShareSaysWhyInTheReadersLanguage() {
        Api api = new Api(port);
        String incident = api.get("/api/v1/sharing/objects?type=incident&tlp=red&party=CHN", "kazakhstan")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        PageSession kaz = PageSession.login(port, "kazakhstan");
        kaz.get("/lang?lang=fr");
        var page = kaz.get("/sharing/objects/" + incident);
        assertThat(page.body()).contains("TLP:RED : pour les seuls destinataires désignés");
        assertThat(page.body()).doesNotContain("id=\"pass-on\"");
    }

    @Test
    void anUploadGivesAPerObjectReportAndABadFileKeepsTheChoice() {
        PageSession china = PageSession.login(port, "china");
        var upload = china.get("/sharing/upload");
        assertThat(upload.status()).isEqualTo(200);
        String collection = new Api(port)
                .get("/api/v1/sharing/collections", "china")
                .json()
                .get(0)
                .get("id")
                .asString();
        String good = Stix.id("indicator");
        byte[] bundle = Stix.bundle(List.of(
                        Stix.indicator(good, "2024-01-01T00:00:00.000Z", Stix.GREEN),
                        Stix.indicator(
                                Stix.id("indicator"),
                                "2024-01-01T00:00:00.000Z",
                                "marking-definition--" + "11111111-2222-4333-8444-555555555555")))
                .getBytes(StandardCharsets.UTF_8);
        var sent =
                china.upload("/sharing/upload", "/sharing/upload", Map.of("collection", collection), "b.json", bundle);
        assertThat(sent.status()).isEqualTo(302);
        china.get("/lang?lang=es");
        var report = china.get(path(sent.location()));
        assertThat(report.body()).contains("2 objetos: 1 aceptados, 1 rechazados", good, "no es una marca TLP");
        var bad = china.upload(
                "/sharing/upload",
                "/sharing/upload",
                Map.of("collection", collection),
                "b.json",
                "not json".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("El archivo no es JSON válido.");
        assertThat(bad.body()).contains("value=\"" + collection + "\" selected");
    }

    @Test
    void aRefusedGroupFormKeepsWhatWasTyped() {
        PageSession china = PageSession.login(port, "china");
        var r = china.post(
                "/sharing",
                "/sharing/groups",
                Map.of("name", "Typed name", "description", "Typed text", "members", "KAZ, ATLANTIS"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body())
                .contains("value=\"Typed name\"", "Typed text", "KAZ, ATLANTIS", "party code of the registry");
        var ok = china.post("/sharing", "/sharing/groups", Map.of("name", "Page group", "members", "KAZ"));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(china.get(path(ok.location())).body()).contains("Page group", "KAZ");
    }
}
