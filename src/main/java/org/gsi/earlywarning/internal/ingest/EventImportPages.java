package org.gsi.earlywarning.internal.ingest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.Actors;
import org.gsi.platform.PageForms;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page that takes an event file: it names the layouts it reads, shows the upload's progress where scripts run, and
 * a refused file (a layout it does not read, a layout other than the one chosen) comes back as the form with the
 * reason next to the field.
 */
@Controller
class EventImportPages {

    private final EventImportService imports;
    private final PageForms forms;
    private final ImportListing listing;

    EventImportPages(EventImportService imports, PageForms forms, ImportListing listing) {
        this.listing = listing;
        this.imports = imports;
        this.forms = forms;
    }

    @GetMapping("/early-warning/imports")
    String imports(HttpServletRequest http, Model model) {
        Actors.required();
        String status = http.getParameter("status");
        Optional<String> chosen =
                ImportListing.STATES.stream().filter(s -> s.equals(status)).findFirst();
        Paging paging = "GET".equals(http.getMethod())
                ? Paging.of(http, ImportListing.COLUMNS, "added", true, 25)
                : new Paging(http.getRequestURI(), 0, 25, "added", true, Map.of());
        PageView<ImportJobView> jobs = listing.page(chosen, paging);
        model.addAttribute("jobs", jobs.items());
        model.addAttribute("page", jobs);
        model.addAttribute("paging", paging);
        model.addAttribute("states", ImportListing.STATES);
        model.addAttribute("status", chosen.orElse(""));
        model.addAttribute("formats", formats());
        return "earlywarning/imports";
    }

    @PostMapping("/early-warning/imports")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "false") boolean replacePeriod,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        return forms.submit(
                "earlywarning.import",
                http,
                response,
                model,
                () -> {
                    ImportJobView job;
                    try (InputStream in = file.getInputStream()) {
                        job = imports.submit(Actors.required(), file.getOriginalFilename(), in, format, replacePeriod);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return "redirect:/early-warning/imports/" + job.id();
                },
                () -> imports(http, model));
    }

    /** The layouts the importer reads, by their format keys. */
    static List<String> formats() {
        return Arrays.stream(EventSource.values()).map(EventSource::formatKey).toList();
    }
}
