package org.gsi.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command an operator runs from the jar: {@code java -jar gsi-platform.jar <name> <args…>}. Modules contribute
 * their commands as beans.
 */
public interface OperatorCommand {

    String name();

    /** One line per form of the command, for the help text. */
    List<String> usage();

    /** Runs the command; returns the process exit code (0 when it worked). */
    int run(List<String> args, PrintStream out, PrintStream err);
}
