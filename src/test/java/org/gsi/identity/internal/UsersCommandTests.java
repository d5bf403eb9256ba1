package org.gsi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@PlatformTest
class UsersCommandTests {

    @Autowired
    UserService users;

    @Autowired
    UserStore store;

    @Test
    void operatorsAddDisableAndResetUsersFromTheCommandLine() {
        String name = "cli-" + System.nanoTime();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = command("users", "add", name, "--party=KAZ", "--role=officer", "--name=Desk officer")
                .run(List.of("add", name), print(out), print(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Added " + name).contains("Initial password: ");
        assertThat(store.byUsername(name))
                .get()
                .extracting(User::partyCode, User::displayName)
                .containsExactly("KAZ", "Desk officer");

        assertThat(command("users", "disable", name).run(List.of("disable", name), print(out), print(err)))
                .isZero();
        assertThat(store.byUsername(name).orElseThrow().enabled()).isFalse();

        var reset = new ByteArrayOutputStream();
        assertThat(command("users", "reset-password", name)
                        .run(List.of("reset-password", name), print(reset), print(err)))
                .isZero();
        assertThat(reset.toString()).contains("New password: ");
    }

    @Test
    void anUnknownPartyIsRefusedWithTheReason() {
        var err = new ByteArrayOutputStream();
        var cmd = command("users", "add", "cli-x", "--party=NARNIA", "--role=viewer");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> cmd.run(List.of("add", "cli-x"), print(new ByteArrayOutputStream()), print(err)))
                .hasMessageContaining("No party has the code NARNIA");
    }

    private UsersCommand command(String... args) {
        return new UsersCommand(users, store, new DefaultApplicationArguments(args));
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
