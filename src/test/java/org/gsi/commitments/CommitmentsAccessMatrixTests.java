package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Restricted pledges never reach another party: not in lists, counts, details, deliveries or pages. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentsAccessMatrixTests {

    @LocalServerPort
    int port;

    Api api;
    String marker = "Matrix " + UUID.randomUUID();
    String ownerOnly;
    String participants;
    String open;

    @BeforeAll
    void pledges() {
        api = new Api(port);
        ownerOnly = create(marker + " owner", "owner", "parties", "[\"KAZ\"]");
        participants = create(marker + " participants", "participants", "parties", "[\"KAZ\"]");
        open = create(marker + " public", "public", "parties", "[\"KAZ\"]");
        api.post(
                "/api/v1/commitments/" + ownerOnly + "/deliveries",
                "china",
                CommitmentsApiTests.delivery(3, "items", "KAZ"));
    }

    String create(String text, String visibility, String rule, String beneficiaries) {
        Api.Response r = api.post(
                "/api/v1/commitments",
                "china",
                CommitmentsApiTests.pledge(text, "items", visibility, rule, beneficiaries));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    List<String> listed(String user) {
        Api.Response r = user == null
                ? api.get("/api/v1/commitments?party=CHN&size=500")
                : api.get("/api/v1/commitments?party=CHN&size=500", user);
        return r.json()
                .get("items")
                .valueStream()
                .map(n -> n.get("text").asString())
                .filter(t -> t.startsWith(marker))
                .sorted()
                .toList();
    }

    @Test
    void listsShowEachReaderOnlyWhatItMayRead() {
        assertThat(listed(null)).containsExactly(marker + " public");
        assertThat(listed("ethiopia")).containsExactly(marker + " public");
        assertThat(listed("secretariat")).containsExactly(marker + " public");
        assertThat(listed("kazakhstan")).containsExactly(marker + " participants", marker + " public");
        assertThat(listed("china")).containsExactly(marker + " owner", marker + " participants", marker + " public");
    }

    @Test
    void countsDoNotRevealRestrictedPledges() {
        long anonymous = api.get("/api/v1/commitments?party=CHN&size=1")
                .json()
                .get("total")
                .asLong();
        long own = api.get("/api/v1/commitments?party=CHN&size=1", "china")
                .json()
                .get("total")
                .asLong();
        assertThat(own - anonymous).isGreaterThanOrEqualTo(2);
        long byBeneficiary = api.get("/api/v1/commitments?beneficiary=KAZ&size=500", "ethiopia")
                .json()
                .get("items")
                .valueStream()
                .filter(n -> n.get("text").asString().startsWith(marker))
                .count();
        assertThat(byBeneficiary).isEqualTo(1);
    }

    @Test
    void detailsOfRestrictedPledgesAreNotFoundForOthers() {
        for (String path : List.of("", "/progress", "/deliveries")) {
            assertThat(api.get("/api/v1/commitments/" + ownerOnly + path).status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/commitments/" + ownerOnly + path, "kazakhstan")
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/commitments/" + ownerOnly + path, "secretariat")
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/commitments/" + ownerOnly + path, "china")
                            .status())
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/commitments/" + participants + path, "kazakhstan")
                            .status())
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/commitments/" + participants + path, "ethiopia")
                            .status())
                    .isEqualTo(404);
        }
        assertThat(api.post(
                                "/api/v1/commitments/" + ownerOnly + "/deliveries",
                                "kazakhstan",
                                CommitmentsApiTests.delivery(1, "items", null))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void pagesShowOnlyWhatTheReaderMayRead() {
        String page = api.get("/commitments").body();
        assertThat(page)
                .contains(marker + " public")
                .doesNotContain(marker + " owner")
                .doesNotContain(marker + " participants");
        assertThat(api.get("/commitments/" + ownerOnly).status()).isEqualTo(404);
        assertThat(api.get("/commitments/parties/CHN").body()).doesNotContain(marker + " owner");
    }
}
