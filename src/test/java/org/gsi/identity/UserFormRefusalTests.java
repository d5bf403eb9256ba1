package org.gsi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused new user comes back as the form with the reason next to the field; disabling asks first. */
@PlatformTest
class UserFormRefusalTests {

    @LocalServerPort
    int port;

    @Test
    void aTakenUsernameComesBackWithTheReasonAndEverythingTypedKept() {
        PageSession admin = PageSession.login(port, "secretariat");

        PageSession.Page refused = admin.post(
                "/admin/users",
                "/admin/users",
                Map.of(
                        "username", "china",
                        "displayName", "Second China Account",
                        "email", "second@example.cn",
                        "party", "CHN",
                        "role", "officer"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("id=\"identity-users-refusal\"")
                .contains("The username china is taken; choose another.")
                .contains("value=\"china\"", "value=\"Second China Account\"", "value=\"second@example.cn\"")
                .containsPattern("<option value=\"officer\" selected=\"selected\"")
                .containsPattern("<option value=\"CHN\" selected=\"selected\">China · CHN</option>");
    }

    @Test
    void aBadUsernameIsSaidNextToTheUsernameField() {
        PageSession admin = PageSession.login(port, "secretariat");

        PageSession.Page refused = admin.post(
                "/admin/users", "/admin/users", Map.of("username", "No Spaces", "party", "KAZ", "role", "viewer"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"username-error\">A username has 2 to 40 characters")
                .contains("value=\"No Spaces\"");
    }

    @Test
    void disablingAUserAsksFirstAndTheConfirmationDoesIt() {
        PageSession admin = PageSession.login(port, "secretariat");
        String username = "confirm-" + System.nanoTime() % 100000;
        assertThat(admin.post(
                                "/admin/users",
                                "/admin/users",
                                Map.of("username", username, "party", "KAZ", "role", "viewer"))
                        .status())
                .isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("href=\"/admin/users/" + username + "/disable\"");

        PageSession.Page confirm = admin.get("/admin/users/" + username + "/disable");

        assertThat(confirm.body())
                .contains("Disable the user " + username + " of KAZ?")
                .contains("action=\"/admin/users/" + username + "/enabled?enabled=false\"");
        assertThat(admin.post(
                                "/admin/users/" + username + "/disable",
                                "/admin/users/" + username + "/enabled?enabled=false",
                                Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(admin.get("/admin/users").body())
                .contains("action=\"/admin/users/" + username + "/enabled\"")
                .doesNotContain("href=\"/admin/users/" + username + "/disable\"");
    }
}
