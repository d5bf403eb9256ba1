package org.gsi.earlywarning.internal.events;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.OperatorCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code events import <file> [--format=…]}: imports an event file in the foreground, printing progress. */
@Component
class EventImportCommand implements OperatorCommand {

    private final EventImportService imports;
    private final ApplicationArguments arguments;

    EventImportCommand(EventImportService imports, ApplicationArguments arguments) {
        this.imports = imports;
        this.arguments = arguments;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<String> usage() {
        return List.of("events import <file> [--format=ucdp-ged|acled|gdelt1|gdelt2|incidents]");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.get(0).equals("import")) {
            usage().forEach(u -> err.println("usage: java -jar gsi-platform.jar " + u));
            return 2;
        }
        Path file = Path.of(args.get(1));
        if (!Files.isReadable(file)) {
            err.println("error: cannot read " + file);
            return 2;
        }
        List<String> format = arguments.getOptionValues("format");
        String operator = "operator:" + System.getProperty("user.name", "unknown");
        long started = System.nanoTime();
        ImportJobView job;
        try {
            job = imports.importNow(
                    operator,
                    file,
                    format == null || format.isEmpty() ? null : format.get(0),
                    false,
                    n -> out.printf(
                            "%,d rows read: %,d imported, %,d updated, %,d unchanged, %,d rejected%n",
                            n.read(), n.imported(), n.updated(), n.unchanged(), n.rejected()));
        } catch (InvalidInputException | ConflictException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (job.status().equals("FAILED")) {
            err.println("error: " + job.error());
            return 1;
        }
        out.printf(
                "Done in %.1f s (%s, job %s): %,d rows = %,d imported + %,d updated + %,d unchanged + %,d"
                        + " rejected%n",
                seconds,
                job.format(),
                job.id(),
                job.read(),
                job.imported(),
                job.updated(),
                job.unchanged(),
                job.rejected());
        job.rejectedRows().stream().limit(20).forEach(r -> out.println("  line " + r.line() + ": " + r.reason()));
        if (job.rejected() > 20) {
            out.println("  … the rejected rows are listed at /api/v1/events/imports/" + job.id());
        }
        return 0;
    }
}
