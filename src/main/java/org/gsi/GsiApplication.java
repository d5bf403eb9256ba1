package org.gsi;

import java.util.Map;
import java.util.Optional;
import org.gsi.platform.CommandLine;
import org.gsi.platform.EmbeddedDatabaseEarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The GSI Platform: an open platform for multilateral security cooperation. Started without a command it serves
 * the web pages and the API; with a command ({@code users add …}) it runs that command and the process ends with
 * the command's exit status, whatever threads (schedulers, pools) the application started.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GsiApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(GsiApplication.class);
        StartupSteps.recordIfAsked(app);
        Optional<String> command = CommandLine.commandOf(args);
        command.ifPresent(name -> {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(Map.of(
                    "gsi.command",
                    name,
                    "spring.main.banner-mode",
                    "off",
                    "logging.level.root",
                    "warn",
                    "gsi.demo",
                    "false"));
        });
        if (command.isEmpty()) {
            app.addListeners(new EmbeddedDatabaseEarlyStart());
            app.run(args);
            return;
        }
        int status;
        try {
            status = SpringApplication.exit(app.run(args));
        } catch (RuntimeException e) {
            // the failure is already reported by Spring Boot's startup failure analysis
            status = 1;
        }
        System.exit(status);
    }
}
