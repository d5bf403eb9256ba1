package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting page offers only what can succeed: a party already registered is told so instead of being shown the
 * registration form, and cancelling the meeting or withdrawing a delegation asks for confirmation first.
 */
@PlatformTest
class MeetingActionsOfferedTests {

    @LocalServerPort
    int port;

    private String meeting(Api api) {
        Api.Response r = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"Offered " + UUID.randomUUID()
                        + "\",\"start\":\"2032-06-10T09:00\",\"end\":\"2032-06-11T18:00\",\"timeZone\":\"Asia/Shanghai\","
                        + "\"capacity\":50,\"visibility\":\"public\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return "/meetings/" + r.json().get("id").asString();
    }

    @Test
    void aPartyAlreadyRegisteredIsToldSoInsteadOfBeingOfferedTheFormAgain() {
        Api api = new Api(port);
        String page = meeting(api);
        PageSession brazil = PageSession.login(port, "brazil");
        assertThat(brazil.get(page).body()).contains("action=\"" + page + "/delegations\"");

        Api.Response r = api.post(
                "/api/v1" + page + "/delegations", "brazil", "{\"head\":{\"name\":\"Ana Lima\"},\"members\":[]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        assertThat(brazil.get(page).body())
                .doesNotContain("action=\"" + page + "/delegations\"")
                .contains("<p class=\"unavailable\">BRA is already registered for this meeting.");
    }

    @Test
    void withdrawingADelegationAsksFirstAndNothingChangesUntilConfirmed() {
        Api api = new Api(port);
        String page = meeting(api);
        Api.Response r = api.post(
                "/api/v1" + page + "/delegations", "brazil", "{\"head\":{\"name\":\"Ana Lima\"},\"members\":[]}");
        String delegation = r.json().get("id").asString();
        PageSession brazil = PageSession.login(port, "brazil");
        String withdraw = page + "/delegations/" + delegation + "/withdraw";

        assertThat(brazil.get(page).body()).contains("href=\"" + withdraw + "\"");
        PageSession.Page ask = brazil.get(withdraw);
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.body())
                .contains("Withdraw the delegation of BRA from")
                .contains("<form method=\"post\" action=\"" + withdraw + "\"");
        assertThat(brazil.get(page).body()).contains("href=\"" + withdraw + "\"");

        assertThat(brazil.post(withdraw, withdraw, Map.of()).status()).isEqualTo(302);
        assertThat(brazil.get(page).body()).doesNotContain("href=\"" + withdraw + "\"");
        assertThat(PageSession.login(port, "kazakhstan").get(withdraw).status())
                .as("another party's delegation")
                .isIn(403, 404);
    }

    @Test
    void cancellingAMeetingAsksTheOrganiserFirst() {
        Api api = new Api(port);
        String page = meeting(api);
        PageSession china = PageSession.login(port, "china");

        assertThat(china.get(page).body()).contains("id=\"cancel-meeting\"");
        PageSession.Page ask = china.get(page + "/cancellation");
        assertThat(ask.status()).isEqualTo(200);
        assertThat(ask.body())
                .contains("Cancel the meeting &quot;Offered ")
                .contains("<form method=\"post\" action=\"" + page + "/cancellation\"");
        assertThat(china.get(page).body()).contains("id=\"cancel-meeting\"");

        assertThat(china.post(page + "/cancellation", page + "/cancellation", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(china.get(page).body()).doesNotContain("id=\"cancel-meeting\"");
    }
}
