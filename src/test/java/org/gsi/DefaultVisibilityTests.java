package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A record created without a visibility is never public: in every module it is seen by its participants (or the
 * module's narrowest sensible circle); public is an explicit choice.
 */
@PlatformTest
class DefaultVisibilityTests {

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

    @Test
    void aMeetingIsSeenByItsOrganiserAndInvitedPartiesUnlessMadePublic() {
        String id = created(
                "/api/v1/meetings",
                "kazakhstan",
                "{\"series\":\"cica\",\"title\":\"Default " + UUID.randomUUID() + "\",\"start\":\"2031-05-01T10:00\","
                        + "\"end\":\"2031-05-01T18:00\",\"timeZone\":\"Asia/Almaty\",\"capacity\":40,"
                        + "\"invited\":[\"KAZ\",\"CHN\"]}");

        assertThat(api.get("/api/v1/meetings/" + id, "china").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/meetings/" + id).status()).isIn(401, 404);
        assertThat(api.get("/api/v1/meetings/" + id, "brazil").status()).isEqualTo(404);
        assertThat(api.get("/meetings/new", "kazakhstan").body())
                .containsPattern("<option value=\"participants\" selected=\"selected\"");
    }

    @Test
    void aSituationIsSeenByItsPartiesConcernedUnlessMadePublic() {
        String id = created(
                "/api/v1/situations",
                "china",
                "{\"title\":\"Default " + UUID.randomUUID() + "\",\"countries\":[\"CAF\"],"
                        + "\"domains\":[\"armed-conflict\"],\"partiesConcerned\":[\"ETH\"]}");

        assertThat(api.get("/api/v1/situations/" + id, "ethiopia").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/situations/" + id).status()).isIn(401, 404);
        assertThat(api.get("/api/v1/situations/" + id, "brazil").status()).isEqualTo(404);
    }

    @Test
    void aSecurityConcernIsSeenByTheSecretariatUnlessMadePublic() {
        String id = created(
                "/api/v1/concerns",
                "brazil",
                "{\"text\":\"Default concern " + UUID.randomUUID() + "\",\"domains\":[\"outer-space\"],"
                        + "\"countries\":[\"BRA\"]}");

        assertThat(api.get("/api/v1/concerns/" + id, "secretariat").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/concerns/" + id, "china").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/concerns/" + id).status()).isIn(401, 404);
    }
}
