package org.gsi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.gsi.platform.Role;
import org.gsi.platform.Versions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every pair (actor role, target role) times every user action, on the API, the pages and the command line: a user
 * manages only users of their party whose role is not above their own, and grants no role above their own. A
 * refused action changes nothing and is audited.
 */
@PlatformTest
class UserAdministrationMatrixTests {

    static final String PARTY = "gsi-secretariat";
    static final String PASSWORD = "matrix-password-1";

    enum Action {
        CREATE,
        EDIT,
        GRANT_ROLE,
        CHANGE_ROLE,
        RESET_PASSWORD,
        DISABLE,
        ENABLE
    }

    @LocalServerPort
    int port;

    @Autowired
    UserStore store;

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String run;
    String hash;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        run = Long.toString(System.nanoTime() % 2_000_000_000L, 36);
        hash = passwords.encode(PASSWORD);
    }

    static boolean allowed(Role actor, Role target) {
        return (actor == Role.ADMINISTRATOR || actor == Role.SECRETARIAT_ADMIN) && target.compareTo(actor) <= 0;
    }

    @Test
    void onTheApiNoRoleManagesOrGrantsARoleAboveItsOwn() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role actorRole : Role.values()) {
            String actor = user("a", actorRole, PARTY, true);
            api.login(actor, PASSWORD);
            for (Role target : Role.values()) {
                for (Action action : Action.values()) {
                    cells++;
                    boolean expected = allowed(actorRole, target);
                    String outcome = apiAction(actor, target, action, expected);
                    if (outcome != null) {
                        wrong.add(actorRole.slug() + " " + action + " " + target.slug() + ": " + outcome);
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(5 * 5 * Action.values().length);
        assertThat(wrong).isEmpty();
    }

    /** Runs one cell; null when it behaved as the rule says, else what went wrong. */
    private String apiAction(String actor, Role targetRole, Action action, boolean expected) {
        String target = action == Action.CREATE
                ? "m" + run + "-new-" + UUID.randomUUID().toString().substring(0, 8)
                : user("t", action == Action.GRANT_ROLE ? Role.VIEWER : targetRole, PARTY, action != Action.ENABLE);
        User before = store.byUsername(target).orElse(null);
        long deniedBefore = denied(target);
        Api.Response r = switch (action) {
            case CREATE ->
                api.post(
                        "/api/v1/users",
                        actor,
                        "{\"username\":\"" + target + "\",\"party\":\"" + PARTY + "\",\"role\":\"" + targetRole.slug()
                                + "\",\"password\":\"" + PASSWORD + "\"}");
            case EDIT -> put(actor, before, "{\"displayName\":\"Renamed\"}");
            case GRANT_ROLE, CHANGE_ROLE ->
                put(
                        actor,
                        before,
                        "{\"role\":\"" + (action == Action.GRANT_ROLE ? targetRole : Role.VIEWER).slug() + "\"}");
            case RESET_PASSWORD ->
                api.post("/api/v1/users/" + target + "/password", actor, "{\"password\":\"another-password-2\"}");
            case DISABLE -> api.post("/api/v1/users/" + target + "/disable", actor, null);
            case ENABLE -> api.post("/api/v1/users/" + target + "/enable", actor, null);
        };
        User after = store.byUsername(target).orElse(null);
        if (expected) {
            boolean changed = action == Action.CREATE ? after != null : !after.equals(before);
            return r.status() / 100 == 2 && changed ? null : "expected success, got " + r.status() + " " + r.body();
        }
        if (r.status() != 403) {
            return "expected 403, got " + r.status() + " " + r.body();
        }
        if (action == Action.CREATE ? after != null : !after.equals(before)) {
            return "refused but changed";
        }
        return denied(target) == deniedBefore + 1 ? null : "refusal not audited";
    }

    private Api.Response put(String actor, User target, String body) {
        return api.put("/api/v1/users/" + target.username(), actor, body, Versions.etag(target.version()));
    }

    @Test
    void anotherPartysAdministratorFindsNoneOfTheSecretariatsUsers() {
        String actor = user("a", Role.ADMINISTRATOR, "BRA", true);
        api.login(actor, PASSWORD);
        int refused = 0;
        for (Role target : Role.values()) {
            String t = user("t", target, PARTY, true);
            refused += api.post("/api/v1/users/" + t + "/disable", actor, null).status() == 404 ? 1 : 0;
            refused += api.post("/api/v1/users/" + t + "/password", actor, "{\"password\":\"another-password-2\"}")
                                    .status()
                            == 404
                    ? 1
                    : 0;
            refused += api.post(
                                            "/api/v1/users",
                                            actor,
                                            "{\"username\":\"x" + t + "\",\"party\":\"" + PARTY + "\",\"role\":\""
                                                    + target.slug() + "\"}")
                                    .status()
                            == 403
                    ? 1
                    : 0;
            assertThat(store.byUsername(t).orElseThrow().enabled()).isTrue();
        }
        assertThat(refused).isEqualTo(15);
    }

    @Test
    void onThePagesNoRoleAddsEnablesOrDisablesAUserAboveItsOwn() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role actorRole : Role.values()) {
            String actor = user("p", actorRole, PARTY, true);
            PageSession page = PageSession.login(port, actor, PASSWORD);
            for (Role targetRole : Role.values()) {
                boolean expected = allowed(actorRole, targetRole);
                // add
                String created =
                        "m" + run + "-pg-" + UUID.randomUUID().toString().substring(0, 8);
                var add = page.post("/account", "/admin/users", Map.of("username", created, "role", targetRole.slug()));
                cells++;
                if ((add.status() == 302) != expected
                        || store.byUsername(created).isPresent() != expected) {
                    wrong.add(actorRole.slug() + " add " + targetRole.slug() + ": " + add.status());
                }
                // disable, then enable
                for (boolean enable : new boolean[] {false, true}) {
                    String target = user("t", targetRole, PARTY, !enable);
                    var r = page.post(
                            "/account",
                            "/admin/users/" + target + "/enabled",
                            Map.of("enabled", Boolean.toString(enable)));
                    cells++;
                    boolean nowEnabled = store.byUsername(target).orElseThrow().enabled();
                    boolean changed = nowEnabled == enable;
                    if ((r.status() == 302) != expected || changed != expected || (!expected && r.status() != 403)) {
                        wrong.add(actorRole.slug() + (enable ? " enable " : " disable ") + targetRole.slug() + ": "
                                + r.status());
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(5 * 5 * 3);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theOperatorOnTheCommandLineManagesEveryRoleAndEndsSessionsAndTokens() {
        int done = 0;
        for (Role role : Role.values()) {
            String added = "m" + run + "-cli-" + role.slug();
            assertThat(cli("add", added, "--party=" + PARTY, "--role=" + role.slug(), "--password=" + PASSWORD))
                    .isZero();
            assertThat(store.byUsername(added).orElseThrow().role()).isEqualTo(role);
            done++;

            String target = user("c", role, PARTY, true);
            PageSession session = PageSession.login(port, target, PASSWORD);
            api.login(target, PASSWORD);
            assertThat(cli("reset-password", target, "--password=another-password-2"))
                    .isZero();
            assertThat(session.get("/account").status())
                    .as("session after reset")
                    .isEqualTo(302);
            assertThat(api.get("/api/v1/auth/me", target).status()).isEqualTo(401);
            done++;

            PageSession again = PageSession.login(port, target, "another-password-2");
            assertThat(cli("disable", target)).isZero();
            assertThat(again.get("/account").status())
                    .as("session after disable")
                    .isEqualTo(302);
            assertThat(store.byUsername(target).orElseThrow().enabled()).isFalse();
            done++;
            assertThat(cli("enable", target)).isZero();
            assertThat(store.byUsername(target).orElseThrow().enabled()).isTrue();
            done++;
        }
        assertThat(done).isEqualTo(20);
    }

    @Test
    void aPasswordResetOrADisableByAnAdministratorEndsTheUsersSessionsAsWellAsTokens() {
        String admin = user("a", Role.ADMINISTRATOR, PARTY, true);
        api.login(admin, PASSWORD);
        String target = user("t", Role.OFFICER, PARTY, true);
        PageSession first = PageSession.login(port, target, PASSWORD);
        PageSession second = PageSession.login(port, target, PASSWORD);
        api.login(target, PASSWORD);
        assertThat(first.get("/account").status()).isEqualTo(200);
        assertThat(sessions(target)).isEqualTo(2);

        assertThat(api.post("/api/v1/users/" + target + "/password", admin, "{\"password\":\"another-password-2\"}")
                        .status())
                .isEqualTo(200);
        assertThat(first.get("/account").status()).isEqualTo(302);
        assertThat(second.get("/account").status()).isEqualTo(302);
        assertThat(api.get("/api/v1/auth/me", target).status()).isEqualTo(401);
        assertThat(sessions(target)).isZero();

        PageSession third = PageSession.login(port, target, "another-password-2");
        assertThat(api.post("/api/v1/users/" + target + "/disable", admin, null).status())
                .isEqualTo(200);
        assertThat(third.get("/account").status()).isEqualTo(302);
        assertThat(sessions(target)).isZero();
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentPassword() {
        String me = user("s", Role.ADMINISTRATOR, PARTY, true);
        api.login(me, PASSWORD);
        PageSession other = PageSession.login(port, me, PASSWORD);

        var without = api.post("/api/v1/users/" + me + "/password", me, "{\"password\":\"taken-over-password\"}");
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.json().get("field").asString()).isEqualTo("currentPassword");
        var wrong = api.post(
                "/api/v1/users/" + me + "/password",
                me,
                "{\"password\":\"taken-over-password\",\"currentPassword\":\"a-wrong-guess\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(passwords.matches(
                        PASSWORD, store.byUsername(me).orElseThrow().passwordHash()))
                .isTrue();

        var right = api.post(
                "/api/v1/users/" + me + "/password",
                me,
                "{\"password\":\"my-own-new-password\",\"currentPassword\":\"" + PASSWORD + "\"}");
        assertThat(right.status()).isEqualTo(200);
        assertThat(passwords.matches(
                        "my-own-new-password",
                        store.byUsername(me).orElseThrow().passwordHash()))
                .isTrue();
        assertThat(other.get("/account").status()).as("the other session ends").isEqualTo(302);
    }

    @Test
    void onTheAccountPageTheCurrentPasswordIsAskedAndTheSessionInUseStays() {
        String me = user("s", Role.VIEWER, PARTY, true);
        PageSession page = PageSession.login(port, me, PASSWORD);
        var wrong = page.post(
                "/account",
                "/account/password",
                Map.of("currentPassword", "a-wrong-guess", "newPassword", "my-own-new-password"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("The current password is not right.");
        assertThat(passwords.matches(
                        PASSWORD, store.byUsername(me).orElseThrow().passwordHash()))
                .isTrue();

        var right = page.post(
                "/account",
                "/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "my-own-new-password"));
        assertThat(right.status()).isEqualTo(302);
        assertThat(page.get("/account").body()).contains("Your password is changed.");
        assertThat(passwords.matches(
                        "my-own-new-password",
                        store.byUsername(me).orElseThrow().passwordHash()))
                .isTrue();
    }

    private String user(String prefix, Role role, String party, boolean enabled) {
        String name = "m" + run + "-" + prefix + "-" + role.slug() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        store.insert(new User(UUID.randomUUID(), name, name, null, party, role, hash, enabled, "en", false, 0));
        return name;
    }

    private long denied(String username) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_id = ? AND outcome = 'denied'")
                .param(username)
                .query(Long.class)
                .single();
    }

    private int sessions(String username) {
        return jdbc.sql("SELECT count(*) FROM identity_session WHERE principal_name = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    private int cli(String... args) {
        var cmd = new UsersCommand(users, store, new DefaultApplicationArguments(args));
        var err = new ByteArrayOutputStream();
        int code = cmd.run(
                List.of(args).stream().filter(a -> !a.startsWith("--")).toList(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return code;
    }
}
