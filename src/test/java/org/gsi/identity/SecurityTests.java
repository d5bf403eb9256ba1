package org.gsi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class SecurityTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void wrongCredentialsGet401WithoutSayingWhichPartWasWrong() {
        var wrongPassword = api.post("/api/v1/auth/tokens", null, "{\"username\":\"brazil\",\"password\":\"nope\"}");
        var unknownUser =
                api.post("/api/v1/auth/tokens", null, "{\"username\":\"nobody-at-all\",\"password\":\"nope\"}");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail").asString())
                .isEqualTo(unknownUser.json().get("detail").asString());
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPasswordAfterwards() {
        String user = "throttled-" + System.nanoTime();
        api.post(
                "/api/v1/users",
                "secretariat",
                "{\"username\":\"" + user
                        + "\",\"party\":\"BRA\",\"role\":\"viewer\",\"password\":\"right-password-1\"}");
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/tokens", null, "{\"username\":\"" + user + "\",\"password\":\"wrong\"}");
        }
        var locked = api.post(
                "/api/v1/auth/tokens", null, "{\"username\":\"" + user + "\",\"password\":\"right-password-1\"}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("detail").asString()).contains("Too many failed logins");
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        var issued = api.post(
                        "/api/v1/auth/tokens",
                        null,
                        "{\"username\":\"indonesia\",\"password\":\"demo\",\"label\":\"to revoke\"}")
                .json();
        String token = issued.get("token").asString();
        var me = api.send("GET", "/api/v1/auth/me", null, null, Map.of("Authorization", "Bearer " + token));
        assertThat(me.json().get("party").asString()).isEqualTo("IDN");
        var revoke = api.send(
                "DELETE",
                "/api/v1/auth/tokens/" + issued.get("id").asString(),
                null,
                null,
                Map.of("Authorization", "Bearer " + token));
        assertThat(revoke.status()).isEqualTo(204);
        var after = api.send("GET", "/api/v1/auth/me", null, null, Map.of("Authorization", "Bearer " + token));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void tokensAreStoredOnlyAsHashes(
            @org.springframework.beans.factory.annotation.Autowired
                    org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        String token = api.post("/api/v1/auth/tokens", null, "{\"username\":\"ethiopia\",\"password\":\"demo\"}")
                .json()
                .get("token")
                .asString();
        long plain = jdbc.sql("SELECT count(*) FROM identity_token WHERE token_hash = ?")
                .param(token)
                .query(Long.class)
                .single();
        assertThat(plain).isZero();
        String hash = jdbc.sql("SELECT password_hash FROM identity_user WHERE username = 'ethiopia'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}");
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() {
        var r = api.send("POST", "/login", null, null, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void oversizedBodiesGet413() {
        String big = "{\"office\":\"" + "x".repeat(1_100_000) + "\"}";
        var r = api.post("/api/v1/parties/BRA/contacts", "brazil", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void updatesNeedTheCurrentVersionAndAStaleOneGets412() {
        var party = api.get("/api/v1/parties/gpscf-lianyungang");
        String etag = party.header("ETag");
        String body = "{\"names\":{\"en\":\"Global Public Security Cooperation Forum (Lianyungang)\"},"
                + "\"description\":\"Held in Lianyungang, Jiangsu\"}";
        assertThat(api.put("/api/v1/parties/gpscf-lianyungang", "secretariat", body, null)
                        .status())
                .isEqualTo(428);
        var first = api.put("/api/v1/parties/gpscf-lianyungang", "secretariat", body, etag);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        var stale = api.put("/api/v1/parties/gpscf-lianyungang", "secretariat", body, etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
    }

    @Test
    void aDisabledUsersTokensStopWorking() {
        String user = "leaver-" + System.nanoTime();
        api.post(
                "/api/v1/users",
                "secretariat",
                "{\"username\":\"" + user
                        + "\",\"party\":\"ETH\",\"role\":\"officer\",\"password\":\"leaver-password\"}");
        api.login(user, "leaver-password");
        assertThat(api.get("/api/v1/auth/me", user).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/users/" + user + "/disable", "secretariat", null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", user).status()).isEqualTo(401);
    }
}
