package org.gsi.earlywarning.internal.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.OperatorCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code events import <file> [--format=…] [--party=CODE] [--replace-period]}: imports an event file in the
 * foreground. On a terminal it draws a progress bar; otherwise it prints a line per chunk. Ends with 0 when the
 * import is done, 1 when it failed or could not start.
 */
@Component
class EventImportCommand implements OperatorCommand {

    private static final int LISTED = 20;

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
        return List.of("events import <file> [--format=ucdp-ged|acled|gdelt1|gdelt2|incidents] [--party=CODE]"
                + " [--replace-period]   (.csv or .csv.gz; --party names whose incident reports they are)");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.get(0).equals("import")) {
            usage().forEach(u -> err.println("usage: java -jar gsi-platform.jar " + u));
            return 1;
        }
        Path file = Path.of(args.get(1));
        if (!Files.isReadable(file)) {
            err.println("error: cannot read " + file);
            return 1;
        }
        String operator = "operator:" + System.getProperty("user.name", "unknown");
        EventImportService.ForegroundImport request = new EventImportService.ForegroundImport(
                operator, file, option("format"), option("party"), arguments.containsOption("replace-period"), false);
        ImportProgressBar progress = new ImportProgressBar(out, ImportProgressBar.isTerminal());
        long started = System.nanoTime();
        ImportJobView job;
        // the report is in English, its rejected rows and warnings too, whatever the machine's language
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            job = imports.importNow(request, progress);
        } catch (InvalidInputException | ConflictException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } finally {
            progress.close();
            LocaleContextHolder.resetLocaleContext();
        }
        return report(job, (System.nanoTime() - started) / 1e9, out, err);
    }

    private static int report(ImportJobView job, double seconds, PrintStream out, PrintStream err) {
        if (job.status().equals("FAILED")) {
            err.println("error: " + job.error());
            return 1;
        }
        out.printf(
                Locale.ENGLISH,
                "Done in %.1f s (%s, job %s): %,d rows = %,d imported + %,d updated + %,d unchanged + %,d"
                        + " rejected; %,d warnings; %,d stored events retracted%n",
                seconds,
                job.format(),
                job.id(),
                job.read(),
                job.imported(),
                job.updated(),
                job.unchanged(),
                job.rejected(),
                job.warnings(),
                job.retracted());
        job.rejectedRows().stream().limit(LISTED).forEach(r -> out.println("  line " + r.line() + ": " + r.reason()));
        job.warningRows().stream()
                .limit(LISTED)
                .forEach(w -> out.println("  warning, line " + w.line() + ", " + w.field() + ": " + w.message()));
        if (job.rejected() > LISTED || job.warnings() > LISTED) {
            out.println("  … every rejected row and warning is listed at /api/v1/events/imports/" + job.id());
        }
        return 0;
    }

    private String option(String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
