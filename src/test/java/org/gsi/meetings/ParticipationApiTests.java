package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ParticipationApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    String forum(int capacity) {
        Api.Response r = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"Participation " + UUID.randomUUID()
                        + "\",\"start\":\"2020-05-01T09:00\",\"end\":\"2020-05-02T18:00\",\"timeZone\":\"Asia/Shanghai\","
                        + "\"capacity\":" + capacity + ",\"visibility\":\"public\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String register(String meeting, String user, String... names) {
        StringBuilder members = new StringBuilder();
        for (int i = 1; i < names.length; i++) {
            members.append(i == 1 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(names[i])
                    .append("\"}");
        }
        Api.Response r = api.post(
                "/api/v1/meetings/" + meeting + "/delegations",
                user,
                "{\"head\":{\"name\":\"" + names[0] + "\"},\"members\":[" + members + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String status(String meeting, String delegation) {
        for (JsonNode d :
                api.get("/api/v1/meetings/" + meeting + "/delegations").json()) {
            if (d.get("id").asString().equals(delegation)) {
                return d.get("status").asString();
            }
        }
        return "none";
    }

    /** A think tank in the registry with an officer who acts for it. */
    String thinkTank() {
        String code = "tt-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response party = api.post(
                "/api/v1/parties",
                "secretariat",
                "{\"code\":\"" + code + "\",\"kind\":\"institution\",\"names\":{\"en\":\"Think tank " + code + "\"}}");
        assertThat(party.status()).as(party.body()).isEqualTo(201);
        Api.Response user = api.post(
                "/api/v1/users",
                "secretariat",
                "{\"username\":\"" + code + "\",\"party\":\"" + code
                        + "\",\"role\":\"officer\",\"password\":\"think-tank-password-1\"}");
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        api.login(code, "think-tank-password-1");
        return code;
    }

    @Test
    void aThinkTankRegistersParticipantsAtAForumAndTheOrganiserApprovesThem() {
        String tank = thinkTank();
        String forum = forum(20);
        String id = register(forum, tank, "Researcher One", "Researcher Two");
        JsonNode mine = api.get("/api/v1/meetings/" + forum + "/delegations", tank)
                .json()
                .get(0);
        assertThat(mine.get("kind").asString()).isEqualTo("participants");
        assertThat(mine.get("status").asString()).isEqualTo("pending");
        assertThat(api.post("/api/v1/meetings/delegations/" + id + "/approval", tank, "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/meetings/delegations/" + id + "/approval", "china", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(status(forum, id)).isEqualTo("approved");
        Api.Response mechanism = api.post(
                "/api/v1/meetings",
                "kazakhstan",
                "{\"series\":\"cica\",\"title\":\"SOC " + UUID.randomUUID()
                        + "\",\"start\":\"2031-04-01T10:00\",\"end\":\"2031-04-02T18:00\",\"timeZone\":\"Asia/Almaty\",\"capacity\":100,\"visibility\":\"public\"}");
        String soc = mechanism.json().get("id").asString();
        assertThat(api.post("/api/v1/meetings/" + soc + "/delegations", tank, "{\"head\":{\"name\":\"R\"}}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aLaterSmallerDelegationNeverOvertakesTheFirstInLine() {
        String forum = forum(3);
        String kaz = register(forum, "kazakhstan", "K1", "K2");
        String bra = register(forum, "brazil", "B1");
        String eth = register(forum, "ethiopia", "E1", "E2", "E3");
        String idn = register(forum, "indonesia", "I1");
        assertThat(status(forum, eth)).isEqualTo("waiting");
        assertThat(status(forum, idn)).isEqualTo("waiting");
        api.post("/api/v1/meetings/delegations/" + bra + "/withdrawal", "brazil", "{}");
        assertThat(status(forum, eth)).isEqualTo("waiting");
        assertThat(status(forum, idn))
                .as("one place is free, but Ethiopia is first in line")
                .isEqualTo("waiting");
        api.post("/api/v1/meetings/delegations/" + kaz + "/rejection", "china", "{}");
        assertThat(status(forum, kaz)).isEqualTo("rejected");
        assertThat(status(forum, eth)).isEqualTo("pending");
        assertThat(status(forum, idn)).isEqualTo("waiting");
    }

    @Test
    void aWithdrawnPartyMayRegisterAgainButNotWithdrawTwice() {
        String forum = forum(10);
        String first = register(forum, "indonesia", "I Head");
        String path = "/api/v1/meetings/delegations/" + first + "/withdrawal";
        assertThat(api.post(path, "indonesia", "{}").status()).isEqualTo(200);
        assertThat(api.post(path, "indonesia", "{}").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/meetings/delegations/" + first + "/members", "indonesia", "{\"name\":\"X\"}")
                        .status())
                .isEqualTo(409);
        String second = register(forum, "indonesia", "I Head");
        assertThat(status(forum, second)).isEqualTo("pending");
        assertThat(status(forum, first)).isEqualTo("withdrawn");
    }

    @Test
    void theAttendanceListShowsEachPartyItsOwnPeopleAndTheOrganiserEveryone() {
        String forum = forum(10);
        String kaz = register(forum, "kazakhstan", "Kaz Present", "Kaz Absent");
        String eth = register(forum, "ethiopia", "Eth Present");
        String attendance = "/api/v1/meetings/delegations/%s/attendance";
        assertThat(api.post(attendance.formatted(kaz), "china", "{\"name\":\"Kaz Present\"}")
                        .status())
                .as("not yet approved")
                .isEqualTo(409);
        api.post("/api/v1/meetings/delegations/" + kaz + "/approval", "china", "{}");
        api.post("/api/v1/meetings/delegations/" + eth + "/approval", "china", "{}");
        assertThat(api.post(attendance.formatted(kaz), "kazakhstan", "{\"name\":\"Kaz Present\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(attendance.formatted(kaz), "china", "{\"name\":\"Kaz Present\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(attendance.formatted(eth), "china", "{\"name\":\"Eth Present\"}")
                        .status())
                .isEqualTo(200);
        String list = "/api/v1/meetings/" + forum + "/attendance";
        assertThat(api.get(list, "china").body())
                .contains("Kaz Present", "Eth Present")
                .doesNotContain("Kaz Absent");
        assertThat(api.get(list, "kazakhstan").body()).contains("Kaz Present").doesNotContain("Eth Present");
        assertThat(api.get(list).body()).doesNotContain("Kaz Present", "Eth Present");
    }

    @Test
    void aPartyRemovesAMemberButNotItsHeadAndTheFreedPlaceGoesToTheFirstInLine() {
        String forum = forum(3);
        String kaz = register(forum, "kazakhstan", "Kaz Head", "Kaz Two", "Kaz Three");
        String idn = register(forum, "indonesia", "Idn Head");
        assertThat(status(forum, idn)).isEqualTo("waiting");
        String members = "/api/v1/meetings/delegations/" + kaz + "/members/";
        assertThat(api.delete(members + "Kaz%20Three", "ethiopia").status()).isEqualTo(403);
        assertThat(api.delete(members + "Kaz%20Head", "kazakhstan").status()).isEqualTo(409);
        assertThat(api.delete(members + "Nobody", "kazakhstan").status()).isEqualTo(404);
        Api.Response removed = api.delete(members + "kaz%20three", "kazakhstan");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).doesNotContain("Kaz Three").contains("Kaz Two");
        assertThat(status(forum, idn)).isEqualTo("pending");
    }
}
