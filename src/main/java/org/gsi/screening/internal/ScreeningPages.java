package org.gsi.screening.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.Permission;
import org.gsi.platform.Visibility;
import org.gsi.screening.internal.ScreeningViews.CheckRequest;
import org.gsi.screening.internal.ScreeningViews.DecisionRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The screening pages: check a name, a check with its candidates and the decision form, the lists with their versions
 * and entries, batches, names under watch and the model card. A form that breaks a rule comes back with what was
 * typed and the reason next to the field (400).
 */
@Controller
class ScreeningPages {

    private final CheckService checks;
    private final ListQueries lists;
    private final ListImports imports;
    private final BatchService batches;
    private final SavedNames saved;
    private final ModelCard card;

    ScreeningPages(
            CheckService checks,
            ListQueries lists,
            ListImports imports,
            BatchService batches,
            SavedNames saved,
            ModelCard card) {
        this.checks = checks;
        this.lists = lists;
        this.imports = imports;
        this.batches = batches;
        this.saved = saved;
        this.card = card;
    }

    @GetMapping("/screening")
    String home(@RequestParam(required = false) String purpose, Model model, Locale locale) {
        return home(purpose, model, locale, Map.of(), Map.of());
    }

    private String home(
            String purpose, Model model, Locale locale, Map<String, String> values, Map<String, String> errors) {
        Actor actor = Actors.required();
        model.addAttribute("lists", lists.visible(actor.partyCode()));
        model.addAttribute(
                "recent",
                checks.list(actor.partyCode(), purpose, 0, 20).items().stream()
                        .map(c -> checks.view(c, locale))
                        .toList());
        model.addAttribute("mayCheck", actor.can(Permission.EDIT_PARTY_RECORDS));
        model.addAttribute("threshold", Screener.defaultThreshold());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "screening/index";
    }

    @PostMapping("/screening/checks")
    String check(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String birthDate,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) List<String> lists,
            @RequestParam(required = false) String threshold,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("type", type == null ? "" : type);
        values.put("birthDate", birthDate == null ? "" : birthDate);
        values.put("nationality", nationality == null ? "" : nationality);
        values.put("threshold", threshold == null ? "" : threshold);
        try {
            Double th = threshold == null || threshold.isBlank() ? null : parse(threshold);
            Check c = checks.check(Actors.required(), new CheckRequest(name, type, birthDate, nationality, lists, th));
            return "redirect:/screening/checks/" + c.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return home(null, model, locale, values, Map.of(e.field(), e.getMessage()));
        }
    }

    @GetMapping("/screening/checks/{id}")
    String checkPage(@PathVariable UUID id, Model model, Locale locale) {
        return checkPage(id, model, locale, Map.of(), Map.of());
    }

    private String checkPage(
            UUID id, Model model, Locale locale, Map<String, String> values, Map<String, String> errors) {
        Actor actor = Actors.required();
        Check c = checks.get(actor.partyCode(), id);
        model.addAttribute("check", checks.view(c, locale));
        model.addAttribute("mayDecide", actor.canFor(Permission.SPEAK_FOR_PARTY, c.party()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "screening/check";
    }

    @PostMapping("/screening/checks/{id}/decisions")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String entryId,
            @RequestParam long version,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            checks.decide(Actors.required(), id, null, version, new DecisionRequest(decision, reason, entryId));
            return "redirect:/screening/checks/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("decision", decision == null ? "" : decision);
            values.put("reason", reason == null ? "" : reason);
            values.put("entryId", entryId == null ? "" : entryId);
            return checkPage(id, model, locale, values, Map.of(e.field(), e.getMessage()));
        }
    }

    @GetMapping("/screening/lists")
    String lists(Model model) {
        Actor actor = Actors.required();
        model.addAttribute("lists", lists.visible(actor.partyCode()));
        model.addAttribute("mayImportUn", actor.can(Permission.MANAGE_REGISTRY));
        model.addAttribute("mayImportNational", actor.can(Permission.SPEAK_FOR_PARTY));
        return "screening/lists";
    }

    @PostMapping("/screening/lists/un")
    String importUn(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        ImportReport r =
                imports.importUn(Actors.required(), ScreeningController.bytes(file), file.getOriginalFilename());
        return "redirect:/screening/lists/" + r.list() + "/versions/" + r.version();
    }

    @PostMapping("/screening/lists/national")
    String importNational(
            @RequestParam("file") MultipartFile file,
            @RequestParam String code,
            @RequestParam String title,
            @RequestParam(defaultValue = "xml") String format,
            @RequestParam(defaultValue = "owner") String visibility,
            @RequestParam(required = false) String participants)
            throws IOException {
        List<String> named = participants == null || participants.isBlank()
                ? List.of()
                : List.of(participants.trim().toUpperCase(Locale.ROOT).split("[\\s,;]+"));
        ImportReport r = imports.importNational(
                Actors.required(),
                code,
                title,
                Visibility.parse(visibility),
                named,
                format,
                ScreeningController.bytes(file),
                file.getOriginalFilename());
        return "redirect:/screening/lists/" + r.list() + "/versions/" + r.version();
    }

    @GetMapping("/screening/lists/{list}")
    String list(@PathVariable String list, Model model) {
        String reader = Actors.required().partyCode();
        model.addAttribute("list", lists.view(lists.require(reader, list)));
        model.addAttribute("versions", lists.versions(reader, list));
        return "screening/list";
    }

    @GetMapping("/screening/lists/{list}/versions/{number}")
    String version(@PathVariable String list, @PathVariable int number, Model model) {
        String reader = Actors.required().partyCode();
        model.addAttribute("list", lists.view(lists.require(reader, list)));
        model.addAttribute("number", number);
        model.addAttribute("report", lists.reportView(reader, list, number));
        return "screening/version";
    }

    @GetMapping("/screening/lists/{list}/entries/{reference}")
    String entry(@PathVariable String list, @PathVariable String reference, Model model) {
        String reader = Actors.required().partyCode();
        model.addAttribute("list", lists.view(lists.require(reader, list)));
        model.addAttribute("e", lists.entry(reader, list, reference));
        return "screening/entry";
    }

    @GetMapping("/screening/batches")
    String batches(Model model) {
        Actor actor = Actors.required();
        model.addAttribute("batches", batches.list(actor.partyCode(), 0, 50).items());
        model.addAttribute("lists", lists.visible(actor.partyCode()));
        model.addAttribute("mayCheck", actor.can(Permission.EDIT_PARTY_RECORDS));
        return "screening/batches";
    }

    @PostMapping("/screening/batches")
    String submit(@RequestParam("file") MultipartFile file, @RequestParam(required = false) List<String> lists)
            throws IOException {
        var b = batches.submit(
                Actors.required(), ScreeningController.bytes(file), file.getOriginalFilename(), null, lists);
        return "redirect:/screening/batches/" + b.id();
    }

    @GetMapping("/screening/batches/{id}")
    String batch(@PathVariable UUID id, @RequestParam(required = false) String fragment, Model model) {
        String reader = Actors.required().partyCode();
        var b = batches.find(reader, id);
        model.addAttribute("batch", b);
        model.addAttribute("rejected", batches.rejected(reader, id, 500));
        model.addAttribute(
                "percent",
                b.finished()
                        ? 100
                        : b.total() - b.rejected() <= 0
                                ? 0
                                : Math.min(99, b.done() * 100 / (b.total() - b.rejected())));
        return fragment != null ? "screening/batch :: status" : "screening/batch";
    }

    @GetMapping("/screening/watched")
    String watched(
            @RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = Actors.required();
        model.addAttribute("subjects", saved.list(actor.partyCode(), kind, page, 100));
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("mayCheck", actor.can(Permission.EDIT_PARTY_RECORDS));
        return "screening/watched";
    }

    @PostMapping("/screening/watched")
    String save(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String birthDate,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) String note) {
        saved.save(Actors.required(), new SavedNames.SavedNameRequest(name, type, birthDate, nationality, note));
        return "redirect:/screening/watched?kind=saved";
    }

    @PostMapping("/screening/watched/{id}/removal")
    String remove(@PathVariable UUID id) {
        saved.remove(Actors.required(), id);
        return "redirect:/screening/watched?kind=saved";
    }

    @GetMapping("/screening/model-card")
    String modelCard(Model model) {
        Actors.required();
        model.addAttribute("card", card.figures());
        return "screening/model-card";
    }

    private static double parse(String threshold) {
        try {
            return Double.parseDouble(threshold.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("threshold", Message.of("screening.refused.threshold"));
        }
    }
}
