package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.gsi.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class MeetingConcurrencyTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void ofThirtyChangesWithTheSameEtagExactlyOneIsKept() {
        Api.Response created = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"Race " + UUID.randomUUID()
                        + "\",\"start\":\"2034-05-01T09:00\",\"end\":\"2034-05-02T17:00\","
                        + "\"timeZone\":\"Asia/Shanghai\",\"venue\":\"Beijing\",\"capacity\":50}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/meetings/" + created.json().get("id").asString();

        Race.Outcome race = Race.ofChanges(
                api,
                "meetings meeting: change venue",
                "china",
                "PUT",
                path,
                path,
                n -> "{\"venue\":\"Hall " + n + "\"}");

        assertThat(api.get(path, "china").json().get("venue").asString()).isEqualTo("Hall " + race.winner());
    }
}
