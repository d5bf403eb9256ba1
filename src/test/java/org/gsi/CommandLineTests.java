package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The jar's command line starts without the web server, runs the command and reports its exit code. */
class CommandLineTests {

    @Test
    void anOperatorAddsAUserWithoutAWebServerAndAnUnknownCommandFails() throws Exception {
        String dir = Files.createTempDirectory("gsi-cli").toString();
        try (var context = new SpringApplicationBuilder(GsiApplication.class)
                .web(WebApplicationType.NONE)
                .properties("gsi.command=users", "gsi.data-dir=" + dir, "gsi.database.durable=false")
                .run("users", "add", "cli.operator", "--party=BRA", "--role=focal-point")) {
            assertThat(SpringApplication.exit(context)).isZero();
        }
        try (var context = new SpringApplicationBuilder(GsiApplication.class)
                .web(WebApplicationType.NONE)
                .properties("gsi.command=users", "gsi.data-dir=" + dir, "gsi.database.durable=false")
                .run("users", "add", "cli.operator", "--party=BRA", "--role=viewer")) {
            assertThat(SpringApplication.exit(context))
                    .as("the username is taken")
                    .isEqualTo(2);
        }
        try (var context = new SpringApplicationBuilder(GsiApplication.class)
                .web(WebApplicationType.NONE)
                .properties("gsi.command=teleport", "gsi.data-dir=" + dir, "gsi.database.durable=false")
                .run("teleport")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
    }
}
