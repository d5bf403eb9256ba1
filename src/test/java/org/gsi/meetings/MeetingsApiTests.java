package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class MeetingsApiTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    String meeting(String title, int capacity, String start) {
        String end = LocalDateTime.parse(start).plusDays(1).toString();
        Api.Response r = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"" + title
                        + "\",\"start\":\"" + start + "\",\"end\":\"" + end
                        + "\",\"timeZone\":\"Asia/Shanghai\",\"venue\":\"Beijing\","
                        + "\"languages\":[\"zh\",\"en\"],\"capacity\":" + capacity + ",\"visibility\":\"public\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String register(String meeting, String user, String head, String... members) {
        StringBuilder m = new StringBuilder();
        for (String name : members) {
            m.append(m.length() == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(name)
                    .append("\",\"function\":\"adviser\"}");
        }
        Api.Response r = api.post(
                "/api/v1/meetings/" + meeting + "/delegations",
                user,
                "{\"head\":{\"name\":\"" + head + "\",\"function\":\"Minister\"},\"members\":[" + m + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String status(String meeting, String party) {
        for (JsonNode d :
                api.get("/api/v1/meetings/" + meeting + "/delegations").json()) {
            if (d.get("party").asString().equals(party)
                    && !d.get("status").asString().equals("withdrawn")) {
                return d.get("status").asString();
            }
        }
        return "none";
    }

    @Test
    void theWaitingListIsPromotedInOrderOfArrival() {
        String meeting = meeting("Waiting " + UUID.randomUUID(), 4, "2030-09-12T09:00");
        String kaz = register(meeting, "kazakhstan", "K Head", "K One", "K Two");
        register(meeting, "ethiopia", "E Head", "E One");
        register(meeting, "indonesia", "I Head");
        assertThat(status(meeting, "KAZ")).isEqualTo("pending");
        assertThat(status(meeting, "ETH")).isEqualTo("waiting");
        assertThat(status(meeting, "IDN")).isEqualTo("waiting");
        assertThat(api.post("/api/v1/meetings/delegations/" + kaz + "/withdrawal", "ethiopia", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/meetings/delegations/" + kaz + "/withdrawal", "kazakhstan", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(status(meeting, "ETH")).isEqualTo("pending");
        assertThat(status(meeting, "IDN")).isEqualTo("pending");
    }

    @Test
    void duplicatesAreRefusedWithAConflict() {
        String meeting = meeting("Duplicates " + UUID.randomUUID(), 50, "2030-10-01T09:00");
        Api.Response twice = api.post(
                "/api/v1/meetings/" + meeting + "/delegations",
                "brazil",
                "{\"head\":{\"name\":\"Ana Silva\"},\"members\":[{\"name\":\"ana silva\"}]}");
        assertThat(twice.status()).isEqualTo(409);
        String bra = register(meeting, "brazil", "Ana Silva", "Rui Costa");
        assertThat(api.post("/api/v1/meetings/delegations/" + bra + "/members", "brazil", "{\"name\":\"Rui Costa\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/meetings/" + meeting + "/delegations", "brazil", "{\"head\":{\"name\":\"Other\"}}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/meetings/delegations/" + bra + "/members", "brazil", "{\"name\":\"Lia Souza\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void delegationMembersAreShownOnlyToTheirPartyTheOrganiserAndTheSecretariat() {
        String meeting = meeting("Lists " + UUID.randomUUID(), 50, "2030-11-01T09:00");
        register(meeting, "kazakhstan", "Secret Kaz Head");
        String path = "/api/v1/meetings/" + meeting + "/delegations";
        assertThat(api.get(path).body()).doesNotContain("Secret Kaz Head").contains("KAZ");
        assertThat(api.get(path, "ethiopia").body()).doesNotContain("Secret Kaz Head");
        assertThat(api.get(path, "kazakhstan").body()).contains("Secret Kaz Head");
        assertThat(api.get(path, "china").body()).contains("Secret Kaz Head");
        assertThat(api.get(path, "secretariat").body()).contains("Secret Kaz Head");
        assertThat(api.get("/meetings/" + meeting, "ethiopia").body()).doesNotContain("Secret Kaz Head");
        assertThat(api.get("/meetings/" + meeting).body()).doesNotContain("Secret Kaz Head");
    }

    @Test
    void onlyInvitedPartiesRegisterForAMechanismMeeting() {
        Api.Response r = api.post(
                "/api/v1/meetings",
                "kazakhstan",
                "{\"series\":\"cica\",\"title\":\"SOC " + UUID.randomUUID()
                        + "\",\"start\":\"2030-04-01T10:00\",\"end\":\"2030-04-02T18:00\",\"timeZone\":\"Asia/Almaty\",\"capacity\":100,\"visibility\":\"public\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String meeting = r.json().get("id").asString();
        assertThat(api.post("/api/v1/meetings/" + meeting + "/delegations", "brazil", "{\"head\":{\"name\":\"X\"}}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/meetings/" + meeting + "/delegations", "china", "{\"head\":{\"name\":\"Y\"}}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void calendarsCarryUpdatesAndCancellationsUnderTheSameUid() throws Exception {
        String title = "Calendar " + UUID.randomUUID();
        String meeting = meeting(title, 50, "2030-12-01T09:00");
        api.post(
                "/api/v1/meetings/" + meeting + "/sessions",
                "china",
                "{\"title\":\"Opening\",\"start\":\"2030-12-01T09:00\",\"end\":\"2030-12-01T10:00\",\"room\":\"Hall 1\",\"speakers\":[\"A, B\"]}");
        VEvent first = event(api.get("/calendar/meetings/" + meeting + ".ics").body(), title);
        String etag = api.get("/api/v1/meetings/" + meeting).header("ETag");
        assertThat(api.put("/api/v1/meetings/" + meeting, "china", "{\"venue\":\"Xiangshan Hotel, Beijing\"}", etag)
                        .status())
                .isEqualTo(200);
        VEvent moved = event(api.get("/calendar/mechanisms/xiangshan-forum.ics").body(), title);
        assertThat(value(moved, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(value(moved, Property.LOCATION)).isEqualTo("Xiangshan Hotel, Beijing");
        assertThat(api.post("/api/v1/meetings/" + meeting + "/cancellation", "kazakhstan", "{}")
                        .status())
                .isEqualTo(403);
        api.post("/api/v1/meetings/" + meeting + "/cancellation", "china", "{}");
        VEvent cancelled = event(api.get("/calendar/parties/CHN.ics").body(), title);
        assertThat(value(cancelled, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(moved, Property.SEQUENCE)));
    }

    static VEvent event(String ics, String title) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .filter(e -> value(e, Property.SUMMARY).equals(title))
                .findFirst()
                .orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }
}
