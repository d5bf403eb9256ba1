package org.gsi;

import java.util.Map;
import org.gsi.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The GSI Platform: an open platform for multilateral security cooperation. Started without a command it serves
 * the web pages and the API; with a command ({@code users add …}) it runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GsiApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(GsiApplication.class);
        boolean command = CommandLine.commandOf(args).isPresent();
        CommandLine.commandOf(args).ifPresent(name -> {
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
        var context = app.run(args);
        if (command) {
            // a command ends when it is done, even while scheduled jobs would keep the process alive, and stops the
            // database it started; its exit code is the command's
            System.exit(SpringApplication.exit(context));
        }
    }
}
