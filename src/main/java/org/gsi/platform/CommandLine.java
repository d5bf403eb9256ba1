package org.gsi.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs an operator command instead of the web server when the jar is started with one
 * ({@code java -jar gsi-platform.jar users add …}); the process then ends with 0 when the command did its work and 1
 * when it did not (bad arguments, refusal, failure).
 */
@Component
@ConditionalOnProperty("gsi.command")
public class CommandLine implements ApplicationRunner, org.springframework.boot.ExitCodeGenerator {

    private final List<OperatorCommand> commands;
    private int exitCode;

    CommandLine(List<OperatorCommand> commands) {
        this.commands = commands;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The command words of {@code args}: everything before the first {@code --option}, if there is any. */
    public static Optional<String> commandOf(String[] args) {
        return args.length > 0 && !args[0].startsWith("--") ? Optional.of(args[0]) : Optional.empty();
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        String name = words.isEmpty() ? "help" : words.get(0);
        int status = commands.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .map(c -> runSafely(c, words.subList(1, words.size())))
                .orElseGet(() -> help(name));
        exitCode = status == 0 ? 0 : 1;
        System.out.flush();
    }

    private static int runSafely(OperatorCommand command, List<String> args) {
        try {
            return command.run(args, System.out, System.err);
        } catch (InvalidInputException | NotFoundException | ConflictException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int help(String name) {
        if (!name.equals("help")) {
            System.err.println("Unknown command '" + name + "'.");
        }
        System.err.println("Commands:");
        commands.forEach(c -> c.usage().forEach(u -> System.err.println("  java -jar gsi-platform.jar " + u)));
        System.err.println("Options for every command: --gsi.data-dir=DIR (default ./data)");
        return name.equals("help") ? 0 : 1;
    }
}
