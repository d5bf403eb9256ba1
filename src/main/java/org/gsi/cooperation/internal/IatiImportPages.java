package org.gsi.cooperation.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.ReaderFormats;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The IATI import page: upload a file, then watch its activities being imported. */
@Controller
class IatiImportPages {

    private final IatiImports imports;
    private final Taxonomy taxonomy;

    private final MessageSource messages;

    IatiImportPages(IatiImports imports, Taxonomy taxonomy, MessageSource messages) {
        this.imports = imports;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/imports/iati")
    String form(Model model) {
        Actors.required();
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        return "cooperation/import";
    }

    /**
     * Queues the upload and shows its job; a file the platform could not queue brings the form back with 503 and the
     * reason in the reader's language (nothing of the file was kept, so choosing it again is safe), the priority area
     * kept.
     */
    @PostMapping("/imports/iati")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String priorityArea,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", Message.of("form.refused.fileEmpty"));
        }
        try (InputStream in = file.getInputStream()) {
            ImportJob.ImportJobView job =
                    imports.start(Actors.required(), in, file.getOriginalFilename(), priorityArea);
            return "redirect:/imports/iati/" + job.id();
        } catch (IatiImports.NotQueued e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("notQueued", ReaderFormats.current(messages).text(e.words()));
            model.addAttribute("priorityArea", priorityArea);
            return form(model);
        }
    }

    @GetMapping("/imports/iati/{id}")
    String job(@PathVariable UUID id, @RequestParam(required = false) String fragment, Model model) {
        model.addAttribute("job", imports.find(Actors.required().partyCode(), id));
        return fragment != null ? "cooperation/import-job :: status" : "cooperation/import-job";
    }
}
