package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The home page of a signed-in user lists what waits for them and their party, each task only on records they may
 * read and only for users whose role acts on it; visitors see none of it.
 */
@PlatformTest
class HomeWorkTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    String created(String path, String user, String json) {
        Api.Response r = api.post(path, user, json);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** The part of the home page that lists the tasks of one kind, empty when there are none. */
    String waiting(String user, String kind) {
        String home = api.get("/", user).body();
        int start = home.indexOf("id=\"work-" + kind + "\"");
        if (start < 0) {
            return "";
        }
        int end = home.indexOf("</section>", start);
        return home.substring(start, end);
    }

    @Test
    void aRequestedConsentWaitsForTheParticipantAloneUntilAnswered() {
        String title = "Consent on river monitoring " + UUID.randomUUID();
        String id = created(
                "/api/v1/projects",
                "brazil",
                "{\"title\":{\"en\":\"" + title + "\"},\"priorityAreas\":[\"III.4\"],\"countries\":[\"IDN\"],"
                        + "\"plannedStart\":\"2026-01-01\",\"plannedEnd\":\"2027-12-31\",\"visibility\":\"participants\","
                        + "\"participants\":[{\"party\":\"IDN\",\"roles\":[\"implementing\"]}]}");
        assertThat(waiting("indonesia", "consents")).doesNotContain(title);
        assertThat(api.change(
                                "POST",
                                "/api/v1/projects/" + id + "/transitions",
                                "brazil",
                                "{\"action\":\"propose\"}",
                                "/api/v1/projects/" + id)
                        .status())
                .isEqualTo(200);

        assertThat(waiting("indonesia", "consents")).contains(title).contains("/projects/" + id);
        assertThat(api.get("/", "china").body()).doesNotContain(title);
        assertThat(api.get("/", "brazil").body()).doesNotContain(title);
        assertThat(api.get("/").body()).doesNotContain(title).doesNotContain("id=\"waiting\"");

        assertThat(api.post(
                                "/api/v1/projects/" + id + "/consents",
                                "indonesia",
                                "{\"party\":\"IDN\",\"answer\":\"give\"}")
                        .status())
                .as("consent given")
                .isBetween(200, 204);
        assertThat(waiting("indonesia", "consents")).doesNotContain(title);
    }

    @Test
    void aPendingDelegationWaitsForTheOrganisersApproval() {
        String title = "Home registrations " + UUID.randomUUID();
        String meeting = created(
                "/api/v1/meetings",
                "kazakhstan",
                "{\"series\":\"cica\",\"title\":\"" + title + "\",\"start\":\"2031-05-01T10:00\","
                        + "\"end\":\"2031-05-01T18:00\",\"timeZone\":\"Asia/Almaty\",\"capacity\":40,"
                        + "\"invited\":[\"KAZ\",\"CHN\"]}");
        String delegation =
                created("/api/v1/meetings/" + meeting + "/delegations", "china", "{\"head\":{\"name\":\"C Head\"}}");

        assertThat(waiting("kazakhstan", "registrations")).contains(title).contains("/meetings/" + meeting);
        assertThat(api.get("/", "china").body()).doesNotContain(title);
        assertThat(api.get("/", "brazil").body()).doesNotContain(title);

        assertThat(api.post("/api/v1/meetings/delegations/" + delegation + "/approval", "kazakhstan", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(waiting("kazakhstan", "registrations")).doesNotContain(title);
    }

    @Test
    void aParagraphWaitsForThePositionOfEachParticipatingParty() {
        String title = "Home positions " + UUID.randomUUID();
        String text = created(
                "/api/v1/texts",
                "secretariat",
                "{\"title\":\"" + title + "\",\"rule\":\"consensus\",\"participants\":[\"CHN\",\"KAZ\"],"
                        + "\"facilitator\":\"gsi-secretariat\",\"visibility\":\"participants\"}");
        String etag = api.get("/api/v1/texts/" + text, "secretariat").header("ETag");
        Api.Response added = api.send(
                "POST",
                "/api/v1/texts/" + text + "/paragraphs",
                "secretariat",
                "{\"number\":\"OP1\",\"text\":\"We agree.\"}",
                Map.of("If-Match", etag));
        assertThat(added.status()).as(added.body()).isIn(200, 201);

        assertThat(waiting("china", "positions")).contains(title + " · OP1");
        assertThat(waiting("kazakhstan", "positions")).contains(title + " · OP1");
        assertThat(api.get("/", "brazil").body()).doesNotContain(title);
        assertThat(api.get("/", "ethiopia").body()).doesNotContain(title);
    }

    @Test
    void unreadNoticesAreCountedForTheirRecipient() {
        String home = api.get("/", "china").body();
        assertThat(home).contains("id=\"waiting\"");
        long unread = api.get("/api/v1/notifications/unread-count", "china")
                .json()
                .get("unread")
                .asLong();
        if (unread > 0) {
            assertThat(waiting("china", "notices")).contains("<span class=\"badge\">" + unread + "</span>");
        } else {
            assertThat(waiting("china", "notices")).isEmpty();
        }
    }
}
