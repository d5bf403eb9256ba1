package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gsi.meetings.MeetingsApiTests.value;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class PersonalCalendarTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    String token(String user) {
        Api.Response page = api.post("/meetings/my-calendar", user, "{}");
        assertThat(page.status()).isEqualTo(200);
        Matcher m =
                Pattern.compile("/calendar/me\\.ics\\?token=([A-Za-z0-9_-]+)").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    String meeting(String title) {
        Api.Response r = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"" + title
                        + "\",\"start\":\"2031-05-01T09:00\",\"end\":\"2031-05-02T18:00\",\"timeZone\":\"Asia/Shanghai\","
                        + "\"capacity\":50,\"visibility\":\"public\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    Optional<VEvent> event(String token, String title) throws Exception {
        Api.Response feed = api.get("/calendar/me.ics?token=" + token);
        assertThat(feed.status()).isEqualTo(200);
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
        return events.stream()
                .filter(e -> value(e, Property.SUMMARY).equals(title))
                .findFirst();
    }

    static int sequence(VEvent e) {
        return Integer.parseInt(value(e, Property.SEQUENCE));
    }

    @Test
    void thePersonalFeedOpensOnlyWithACurrentToken() {
        assertThat(api.get("/calendar/me.ics").status()).isEqualTo(404);
        assertThat(api.get("/calendar/me.ics?token=not-a-token").status()).isEqualTo(404);
        String first = token("ethiopia");
        assertThat(api.get("/calendar/me.ics?token=" + first).status()).isEqualTo(200);
        String second = token("ethiopia");
        assertThat(api.get("/calendar/me.ics?token=" + first).status()).isEqualTo(404);
        assertThat(api.get("/calendar/me.ics?token=" + second).status()).isEqualTo(200);
        assertThat(api.get("/meetings/my-calendar", "ethiopia").body()).doesNotContain(second);
    }

    @Test
    void everyChangeReachesThePersonalFeedUnderTheSameUid() throws Exception {
        String token = token("indonesia");
        String title = "Personal " + UUID.randomUUID();
        String meeting = meeting(title);
        assertThat(event(token, title)).isEmpty();
        String delegation = api.post(
                        "/api/v1/meetings/" + meeting + "/delegations", "indonesia", "{\"head\":{\"name\":\"I Head\"}}")
                .json()
                .get("id")
                .asString();
        VEvent registered = event(token, title).orElseThrow();
        api.post("/api/v1/meetings/delegations/" + delegation + "/members", "indonesia", "{\"name\":\"I Two\"}");
        VEvent changed = event(token, title).orElseThrow();
        assertThat(sequence(changed)).isGreaterThan(sequence(registered));
        api.post(
                "/api/v1/meetings/" + meeting + "/sessions",
                "china",
                "{\"title\":\"Opening " + title + "\",\"start\":\"2031-05-01T09:00\",\"end\":\"2031-05-01T10:00\"}");
        VEvent withSession = event(token, title).orElseThrow();
        assertThat(sequence(withSession)).isGreaterThan(sequence(changed));
        assertThat(event(token, "Opening " + title + " (" + title + ")")).isPresent();
        api.post("/api/v1/meetings/" + meeting + "/cancellation", "china", "{}");
        VEvent cancelled = event(token, title).orElseThrow();
        assertThat(value(cancelled, Property.UID)).isEqualTo(value(registered, Property.UID));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(sequence(cancelled)).isGreaterThan(sequence(withSession));
    }

    @Test
    void sessionsWhereTheUserSpeaksAreInTheirFeed() throws Exception {
        String token = token("brazil");
        String title = "Speaker " + UUID.randomUUID();
        String meeting = meeting(title);
        api.post(
                "/api/v1/meetings/" + meeting + "/sessions",
                "china",
                "{\"title\":\"Panel\",\"start\":\"2031-05-01T11:00\",\"end\":\"2031-05-01T12:00\","
                        + "\"speakers\":[\"Demo focal point of Brazil\"]}");
        assertThat(event(token, title)).isPresent();
        assertThat(event(token("kazakhstan"), title)).isEmpty();
    }

    @Test
    void aWithdrawnDelegationStaysInTheFeedsAsCancelledUnderTheSameUid() throws Exception {
        String token = token("ethiopia");
        String title = "Withdrawn " + UUID.randomUUID();
        String meeting = meeting(title);
        api.post(
                "/api/v1/meetings/" + meeting + "/sessions",
                "china",
                "{\"title\":\"Debate\",\"start\":\"2031-05-01T11:00\",\"end\":\"2031-05-01T12:00\"}");
        String delegation = api.post(
                        "/api/v1/meetings/" + meeting + "/delegations", "ethiopia", "{\"head\":{\"name\":\"E Head\"}}")
                .json()
                .get("id")
                .asString();
        VEvent registered = event(token, title).orElseThrow();
        VEvent registeredInPartyFeed = partyEvent("ETH", title);
        assertThat(value(registered, Property.STATUS)).isNotEqualTo("CANCELLED");

        Api.Response withdrawal =
                api.post("/api/v1/meetings/delegations/" + delegation + "/withdrawal", "ethiopia", "{}");
        assertThat(withdrawal.status()).as(withdrawal.body()).isBetween(200, 204);

        for (VEvent[] pair : List.of(
                new VEvent[] {registered, event(token, title).orElseThrow()},
                new VEvent[] {registeredInPartyFeed, partyEvent("ETH", title)})) {
            assertThat(value(pair[1], Property.UID)).isEqualTo(value(pair[0], Property.UID));
            assertThat(sequence(pair[1])).isGreaterThan(sequence(pair[0]));
            assertThat(value(pair[1], Property.STATUS)).isEqualTo("CANCELLED");
        }
        assertThat(value(event(token, "Debate (" + title + ")").orElseThrow(), Property.STATUS))
                .isEqualTo("CANCELLED");
        assertThat(event(token("kazakhstan"), title)).isEmpty();
    }

    @Test
    void aRejectedRegistrationTurnsCancelledInThePersonalFeedAndComesBackWhenThePartyRegistersAgain() throws Exception {
        String token = token("brazil");
        String title = "Rejected " + UUID.randomUUID();
        String meeting = meeting(title);
        String delegation = api.post(
                        "/api/v1/meetings/" + meeting + "/delegations", "brazil", "{\"head\":{\"name\":\"B Head\"}}")
                .json()
                .get("id")
                .asString();
        VEvent registered = event(token, title).orElseThrow();
        assertThat(api.post("/api/v1/meetings/delegations/" + delegation + "/rejection", "china", "{}")
                        .status())
                .isBetween(200, 204);
        VEvent rejected = event(token, title).orElseThrow();
        assertThat(value(rejected, Property.UID)).isEqualTo(value(registered, Property.UID));
        assertThat(sequence(rejected)).isGreaterThan(sequence(registered));
        assertThat(value(rejected, Property.STATUS)).isEqualTo("CANCELLED");
        api.post("/api/v1/meetings/" + meeting + "/delegations", "brazil", "{\"head\":{\"name\":\"B Head\"}}");
        VEvent again = event(token, title).orElseThrow();
        assertThat(value(again, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(sequence(again)).isGreaterThan(sequence(rejected));
    }

    VEvent partyEvent(String party, String title) throws Exception {
        Api.Response feed = api.get("/calendar/parties/" + party + ".ics");
        assertThat(feed.status()).isEqualTo(200);
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
        return events.stream()
                .filter(e -> value(e, Property.SUMMARY).equals(title))
                .findFirst()
                .orElseThrow();
    }
}
