package org.gsi.meetings.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gsi.meetings.internal.MeetingViews.MeetingRequest;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Permission;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organiser's form to convene a meeting. A refused submission comes back with everything typed in and
 * the reason next to the field, in the reader's language.
 */
@Controller
class MeetingForms {

    /** Fields whose refusals have their own translated message; any other refusal is shown above the form. */
    static final Set<String> FIELDS =
            Set.of("series", "title", "start", "end", "timeZone", "capacity", "visibility", "invited");

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private final MeetingService service;
    private final Registry registry;

    MeetingForms(MeetingService service, Registry registry) {
        this.service = service;
        this.registry = registry;
    }

    @GetMapping("/meetings/new")
    String form(Model model) {
        MeetingService.requireConvener(Actors.required());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("timeZone", "UTC");
        values.put("visibility", "participants");
        return show(model, values, List.of("en"), Map.of());
    }

    @PostMapping("/meetings/new")
    String create(
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> languages,
            Model model,
            HttpServletResponse response) {
        Actor actor = Actors.required();
        MeetingService.requireConvener(actor);
        List<String> chosen = languages == null
                ? List.of()
                : languages.stream().filter(LANGUAGES::contains).toList();
        try {
            var created = service.create(actor, request(form, chosen));
            return "redirect:/meetings/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String field = FIELDS.contains(e.field()) ? e.field() : "form";
            return show(model, form, chosen, Map.of(field, e.getMessage()));
        }
    }

    private static MeetingRequest request(Map<String, String> form, List<String> languages) {
        return new MeetingRequest(
                form.get("series"),
                form.get("title"),
                form.get("start"),
                form.get("end"),
                form.get("timeZone"),
                form.get("venue"),
                blankToNull(form.get("onlineUrl")),
                languages,
                capacity(form.get("capacity")),
                null,
                form.get("visibility"));
    }

    private static Integer capacity(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The series a meeting may belong to, as the service accepts them: every forum and organisation. */
    private List<PartySummary> series() {
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<PartySummary> all = new ArrayList<>();
        for (PartyKind kind : List.of(PartyKind.FORUM, PartyKind.ORGANISATION)) {
            all.addAll(registry.search(new PartyQuery(null, kind, null, null, null, language, 0, 500))
                    .items());
        }
        return all;
    }

    private String show(Model model, Map<String, String> values, List<String> languages, Map<String, String> errors) {
        model.addAttribute("seriesOptions", series());
        model.addAttribute("language", LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute(
                "mayKeepRegistry",
                Actors.current().map(a -> a.can(Permission.MANAGE_REGISTRY)).orElse(false));
        model.addAttribute("values", values);
        model.addAttribute("chosen", languages);
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("errors", errors);
        return "meetings/new";
    }
}
