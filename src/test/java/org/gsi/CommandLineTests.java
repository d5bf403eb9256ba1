package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The jar's command line starts without the web server, runs the command and reports its exit code: 0 when the
 * command did its work, 1 when it did not.
 */
class CommandLineTests {

    @Test
    void anOperatorAddsAUserWithoutAWebServerAndAnUnknownCommandFails() throws Exception {
        String dir = Files.createTempDirectory("gsi-cli").toString();
        try (var context = new SpringApplicationBuilder(GsiApplication.class)
                .web(WebApplicationType.NONE)
                .properties("gsi.command=users")
                .run(
                        "users",
                        "add",
                        "cli.operator",
                        "--party=BRA",
                        "--role=focal-point",
                        "--gsi.data-dir=" + dir,
                        "--gsi.database.durable=false")) {
            assertThat(SpringApplication.exit(context)).isZero();
        }
        try (var context = new SpringApplicationBuilder(GsiApplication.class)
                .web(WebApplicationType.NONE)
                .properties("gsi.command=users")
                .run(
                        "users",
                        "add",
                        "cli.operator",
                        "--party=BRA",
                        "--role=viewer",
                        "--gsi.data-dir=" + dir,
                        "--gsi.database.durable=false")) {
            assertThat(SpringApplication.exit(context))
                    .as("the username is taken")
                    .isEqualTo(1);
        }
        try (var context = new SpringApplicationBuilder(GsiApplication.class)
                .web(WebApplicationType.NONE)
                .properties("gsi.command=teleport")
                .run("teleport", "--gsi.data-dir=" + dir, "--gsi.database.durable=false")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
    }
}
