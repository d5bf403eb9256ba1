package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role × each endpoint × own party and another party. Later modules add their rows to
 * {@link #matrix()}; a row says who calls what and which status they must get.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final String PASSWORD = "matrix-password-1";

    @LocalServerPort
    int port;

    Api api;
    String kazOwnerContact;
    String kazPublicContact;

    @BeforeAll
    void createUsersOfEveryRoleAndSomeContacts() {
        api = new Api(port);
        for (String role : List.of("viewer", "officer", "administrator")) {
            var r = api.post(
                    "/api/v1/users",
                    "secretariat",
                    "{\"username\":\"kaz-" + role + "\",\"party\":\"KAZ\",\"role\":\"" + role + "\",\"password\":\""
                            + PASSWORD + "\"}");
            assertThat(r.status()).as(r.body()).isIn(201, 409);
            api.login("kaz-" + role, PASSWORD);
        }
        kazOwnerContact = api.post(
                        "/api/v1/parties/KAZ/contacts",
                        "kazakhstan",
                        "{\"office\":\"Matrix desk (own)\",\"email\":\"desk@example.kz\",\"visibility\":\"owner\"}")
                .json()
                .get("id")
                .asString();
        kazPublicContact = api.post(
                        "/api/v1/parties/KAZ/contacts",
                        "kazakhstan",
                        "{\"office\":\"Matrix desk (public)\",\"visibility\":\"public\"}")
                .json()
                .get("id")
                .asString();
    }

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        // registry: public reads
        for (String who : List.of("", "kaz-viewer", "china", "secretariat")) {
            rows.add(row(who, "GET", "/api/v1/parties?q=kaz", null, 200));
            rows.add(row(who, "GET", "/api/v1/parties/KAZ/memberships", null, 200));
            rows.add(row(who, "GET", "/api/v1/taxonomy/domains", null, 200));
        }
        // registry upkeep: secretariat administrators only
        String newParty = "{\"code\":\"matrix-%s\",\"kind\":\"institution\",\"names\":{\"en\":\"Matrix %s\"}}";
        for (String who : List.of("kaz-viewer", "kaz-officer", "kazakhstan", "kaz-administrator")) {
            rows.add(row(who, "POST", "/api/v1/parties", newParty.formatted(who, who), 403));
            rows.add(row(
                    who,
                    "POST",
                    "/api/v1/mechanisms/sco/memberships",
                    "{\"member\":\"MNG\",\"status\":\"member\",\"effectiveFrom\":\"2030-01-01\",\"source\":\"x\"}",
                    403));
        }
        rows.add(row("", "POST", "/api/v1/parties", newParty.formatted("anon", "anon"), 401));
        rows.add(row("secretariat", "POST", "/api/v1/parties", newParty.formatted("sec", "sec"), 201));
        // contacts: own party's officers and focal points add; others are refused
        String contact = "{\"office\":\"Another desk\",\"visibility\":\"public\"}";
        rows.add(row("kaz-officer", "POST", "/api/v1/parties/KAZ/contacts", contact, 201));
        rows.add(row("kazakhstan", "POST", "/api/v1/parties/KAZ/contacts", contact, 201));
        rows.add(row("kaz-viewer", "POST", "/api/v1/parties/KAZ/contacts", contact, 403));
        rows.add(row("china", "POST", "/api/v1/parties/KAZ/contacts", contact, 403));
        rows.add(row("secretariat", "POST", "/api/v1/parties/KAZ/contacts", contact, 403));
        rows.add(row("", "POST", "/api/v1/parties/KAZ/contacts", contact, 401));
        // an owner-only contact: visible to its party, 404 to everyone else (never 403)
        for (String who : List.of("kaz-viewer", "kazakhstan")) {
            rows.add(row(who, "GET", "/api/v1/contacts/" + kazOwnerContact, null, 200));
        }
        for (String who : List.of("", "china", "secretariat")) {
            rows.add(row(who, "GET", "/api/v1/contacts/" + kazOwnerContact, null, 404));
            rows.add(row(who, "GET", "/api/v1/contacts/" + kazPublicContact, null, 200));
        }
        rows.add(row("china", "DELETE", "/api/v1/contacts/" + kazPublicContact, null, 403));
        // users: a party's administrators for their party; secretariat administrators for all
        rows.add(row("kaz-administrator", "GET", "/api/v1/users", null, 200));
        rows.add(row("kaz-administrator", "GET", "/api/v1/users?party=CHN", null, 403));
        rows.add(row("kaz-administrator", "GET", "/api/v1/users/china", null, 404));
        rows.add(row("kazakhstan", "GET", "/api/v1/users", null, 403));
        rows.add(row("kaz-viewer", "GET", "/api/v1/users", null, 403));
        rows.add(row("secretariat", "GET", "/api/v1/users?party=CHN", null, 200));
        rows.add(row(
                "kaz-administrator",
                "POST",
                "/api/v1/users",
                "{\"username\":\"kaz-new-officer\",\"party\":\"KAZ\",\"role\":\"officer\"}",
                201));
        rows.add(row(
                "kaz-administrator",
                "POST",
                "/api/v1/users",
                "{\"username\":\"chn-by-kaz\",\"party\":\"CHN\",\"role\":\"officer\"}",
                403));
        rows.add(row(
                "kaz-administrator",
                "POST",
                "/api/v1/users",
                "{\"username\":\"kaz-boss\",\"party\":\"KAZ\",\"role\":\"secretariat-admin\"}",
                403));
        rows.add(row("kaz-administrator", "POST", "/api/v1/users/china/disable", null, 404));
        // audit: administrators only
        rows.add(row("kaz-administrator", "GET", "/api/v1/audit", null, 200));
        rows.add(row("secretariat", "GET", "/api/v1/audit", null, 200));
        rows.add(row("kazakhstan", "GET", "/api/v1/audit", null, 403));
        rows.add(row("kaz-viewer", "GET", "/api/v1/audit/export.csv", null, 403));
        rows.add(row("", "GET", "/api/v1/audit", null, 401));
        // inbox: every logged-in user, own messages only
        rows.add(row("kaz-viewer", "GET", "/api/v1/notifications", null, 200));
        rows.add(row("", "GET", "/api/v1/notifications", null, 401));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatItsPartyMayHave(String who, String method, String path, String body, int expected) {
        var r = api.send(method, path, who.isEmpty() ? null : who, body, Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(expected);
        if (r.status() >= 400) {
            assertThat(r.header("Content-Type")).contains("application/problem+json");
        }
    }

    @Test
    void restrictedContactsNeverReachAnotherPartyInListsOrCounts() {
        assertThat(api.get("/api/v1/parties/KAZ/contacts", "kazakhstan").body()).contains("Matrix desk (own)");
        for (String who : new String[] {"china", "secretariat", "ethiopia"}) {
            assertThat(api.get("/api/v1/parties/KAZ/contacts", who).body())
                    .contains("Matrix desk (public)")
                    .doesNotContain("Matrix desk (own)")
                    .doesNotContain("desk@example.kz");
        }
        assertThat(api.get("/api/v1/parties/KAZ/contacts").body()).doesNotContain("Matrix desk (own)");
        assertThat(new Api(port).get("/parties/KAZ").body()).doesNotContain("Matrix desk (own)");
    }

    @Test
    void aRefusedAttemptOnAnotherPartysDataIsInTheAuditTrailOfThatParty() {
        api.post("/api/v1/parties/KAZ/contacts", "china", "{\"office\":\"Intrusion\",\"visibility\":\"public\"}");
        var kazAudit = api.get("/api/v1/audit?outcome=denied&size=200", "kaz-administrator")
                .json();
        assertThat(kazAudit.get("items")
                        .valueStream()
                        .anyMatch(e -> e.get("username").asString().equals("china")
                                && e.get("recordOwner").asString().equals("KAZ")))
                .isTrue();
        var chinaSeesOnlyItsOwn =
                api.get("/api/v1/audit?size=500", "kaz-administrator").json();
        assertThat(chinaSeesOnlyItsOwn
                        .get("items")
                        .valueStream()
                        .allMatch(e -> e.path("partyCode").asString("").equals("KAZ")
                                || e.path("recordOwner").asString("").equals("KAZ")))
                .isTrue();
    }

    private static Arguments row(String who, String method, String path, String body, int expected) {
        return Arguments.of(who, method, path, body, expected);
    }
}
