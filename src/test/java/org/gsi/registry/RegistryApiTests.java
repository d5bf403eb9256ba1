package org.gsi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class RegistryApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theRegistryHoldsEveryM49CountryAndAreaWith193MembersAndTwoObserverStates() {
        assertThat(api.get("/api/v1/parties?kind=state&size=1")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(195);
        assertThat(api.get("/api/v1/parties?grouping=un-member&size=1")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(193);
        assertThat(api.get("/api/v1/parties?grouping=un-observer&size=500")
                        .json()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("code").asString())
                        .toList())
                .containsExactlyInAnyOrder("PSE", "VAT");
        long countries =
                api.get("/api/v1/parties?kind=state&size=1").json().get("total").asLong()
                        + api.get("/api/v1/parties?kind=territory&size=1")
                                .json()
                                .get("total")
                                .asLong();
        assertThat(countries).isEqualTo(248);
    }

    @Test
    void aCountryHasItsCodesGroupingsAndNamesInTheSixLanguages() {
        JsonNode kaz = api.get("/api/v1/parties/KAZ").json();
        assertThat(kaz.get("kind").asString()).isEqualTo("state");
        assertThat(kaz.get("iso2").asString()).isEqualTo("KZ");
        assertThat(kaz.get("m49").asString()).isEqualTo("398");
        assertThat(kaz.get("lldc").asBoolean()).isTrue();
        assertThat(kaz.get("names").get("ar").asString()).isEqualTo("كازاخستان");
        assertThat(kaz.get("names").get("zh").asString()).isEqualTo("哈萨克斯坦");
        assertThat(kaz.get("names").get("ru").asString()).isEqualTo("Казахстан");
        assertThat(api.get("/api/v1/parties/KZ").json().get("code").asString()).isEqualTo("KAZ");
        assertThat(api.get("/api/v1/parties/398").json().get("code").asString()).isEqualTo("KAZ");
    }

    @Test
    void searchFindsNamesInAnyLanguageAndFiltersCombine() {
        assertThat(codes(api.get("/api/v1/parties?q=казах").json())).containsExactly("KAZ");
        assertThat(codes(api.get("/api/v1/parties?q=埃塞俄比亚").json())).containsExactly("ETH");
        JsonNode sco =
                api.get("/api/v1/parties?mechanism=sco&region=143&size=100").json();
        assertThat(codes(sco)).contains("KAZ", "KGZ", "TJK", "UZB").doesNotContain("CHN", "TKM");
        assertThat(codes(api.get("/api/v1/parties?grouping=sids&region=009&size=100")
                        .json()))
                .contains("FJI", "TON");
    }

    @Test
    void organisationsAndMechanismsOfThePaperAreThereWithStableSlugs() {
        for (String code : new String[] {
            "un",
            "un-security-council",
            "un-general-assembly",
            "un-secretary-general",
            "who",
            "au",
            "asean",
            "las",
            "sco",
            "brics",
            "cica",
            "celac",
            "pif",
            "igad",
            "lmc",
            "gcc",
            "china-central-asia",
            "asean-plus-three",
            "east-asia-summit",
            "afghanistan-neighbours",
            "china-horn-of-africa",
            "china-africa-psf",
            "middle-east-security-forum",
            "xiangshan-forum",
            "gpscf-lianyungang"
        }) {
            assertThat(api.get("/api/v1/parties/" + code).status()).as(code).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/parties/un-security-council")
                        .json()
                        .get("parentCode")
                        .asString())
                .isEqualTo("un");
        assertThat(api.get("/api/v1/mechanisms").json().size()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void membershipsKeepTheirHistoryAndSources() {
        JsonNode eritrea = api.get("/api/v1/parties/ERI/memberships").json();
        JsonNode igad = eritrea.valueStream()
                .filter(m -> m.get("mechanismCode").asString().equals("igad"))
                .findFirst()
                .orElseThrow();
        assertThat(igad.get("status").asString()).isEqualTo("withdrawn");
        assertThat(igad.get("source").asString()).isNotBlank();
        assertThat(api.get("/api/v1/mechanisms/au/statuses").json().get("MLI").asString())
                .isEqualTo("member_suspended");
    }

    @Test
    void theSecretariatRecordsAMembershipChangeAndTheOldStateStaysInTheHistory() {
        var r = api.post(
                "/api/v1/mechanisms/cica/memberships",
                "secretariat",
                "{\"member\":\"MNG\",\"status\":\"observer\",\"effectiveFrom\":\"2001-01-01\",\"source\":\"test record\"}");
        assertThat(r.status()).isEqualTo(201);
        var later = api.post(
                "/api/v1/mechanisms/cica/memberships",
                "secretariat",
                "{\"member\":\"MNG\",\"status\":\"member\",\"effectiveFrom\":\"2002-06-04\",\"source\":\"test record\"}");
        assertThat(later.status()).isEqualTo(201);
        var rows = api.get("/api/v1/parties/MNG/memberships")
                .json()
                .valueStream()
                .filter(m -> m.get("mechanismCode").asString().equals("cica"))
                .toList();
        assertThat(rows).extracting(m -> m.get("status").asString()).contains("member", "observer");
        assertThat(rows.stream()
                        .filter(m -> m.get("current").asBoolean())
                        .findFirst()
                        .orElseThrow()
                        .get("effectiveFrom")
                        .asString())
                .isEqualTo("2002-06-04");
    }

    @Test
    void badInputGetsAProblemNamingTheParameter() {
        var unknown = api.get("/api/v1/parties/NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).contains("application/problem+json");
        var page = api.get("/api/v1/parties?page=x");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.json().get("field").asString()).isEqualTo("page");
        var grouping = api.get("/api/v1/parties?grouping=rich");
        assertThat(grouping.status()).isEqualTo(400);
        assertThat(grouping.json().get("field").asString()).isEqualTo("grouping");
        assertThat(api.get("/api/v1/parties?size=100000").json().get("field").asString())
                .isEqualTo("size");
        assertThat(api.get("/api/v1/parties?kind=planet").status()).isEqualTo(400);
    }

    @Test
    void taxonomyListsTheTwentyPriorityAreasAndTheSixPrinciples() {
        assertThat(api.get("/api/v1/taxonomy/priority-areas").json().size()).isEqualTo(20);
        assertThat(api.get("/api/v1/taxonomy/principles").json().size()).isEqualTo(6);
        JsonNode cyber = api.get("/api/v1/taxonomy/domains/cybersecurity").json();
        assertThat(cyber.get("group").asString()).isEqualTo("non-traditional");
        assertThat(cyber.get("paperRef").asString()).isEqualTo("III.13");
        assertThat(api.get("/api/v1/taxonomy/mechanism-kinds").json().size()).isEqualTo(5);
        assertThat(api.get("/api/v1/taxonomy/domains/nope").status()).isEqualTo(404);
    }

    private static java.util.List<String> codes(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(p -> p.get("code").asString())
                .toList();
    }
}
