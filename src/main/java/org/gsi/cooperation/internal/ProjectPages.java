package org.gsi.cooperation.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.PageForms;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.Versions;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ProjectPages {

    private final ProjectSearch search;
    private final ProjectViews views;
    private final ProjectService projects;
    private final ProjectStore store;
    private final MoneyService money;
    private final ResultService results;
    private final Taxonomy taxonomy;
    private final ProjectDocuments documents;
    private final PageForms forms;

    ProjectPages(
            ProjectSearch search,
            ProjectViews views,
            ProjectService projects,
            ProjectStore store,
            MoneyService money,
            ResultService results,
            Taxonomy taxonomy,
            ProjectDocuments documents,
            PageForms forms) {
        this.search = search;
        this.views = views;
        this.projects = projects;
        this.store = store;
        this.money = money;
        this.results = results;
        this.taxonomy = taxonomy;
        this.documents = documents;
        this.forms = forms;
    }

    @GetMapping("/projects")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String party,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletRequest http,
            Model model) {
        Map<String, String> columns = sortable(language());
        Paging paging = Paging.of(http, columns, "updated", true, 50);
        var query = new ProjectSearch.ProjectQuery(
                q, status, area, domain, country, party, null, null, paging.page(), paging.size());
        String orderBy = paging.sort().equals("updated") && paging.descending()
                ? ProjectSearch.NEWEST_FIRST
                : paging.orderBy(columns, "p.id");
        model.addAttribute("projects", search.search(query, Actors.readerParty(), orderBy));
        model.addAttribute("paging", paging);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("area", area);
        model.addAttribute("domain", domain);
        model.addAttribute("country", country);
        model.addAttribute("party", party);
        model.addAttribute("statuses", List.of("draft", "proposed", "active", "suspended", "completed", "cancelled"));
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute("domains", taxonomy.list(TermKind.DOMAIN));
        model.addAttribute("lang", language());
        model.addAttribute(
                "canCreate",
                Actors.current().map(a -> a.can(Permission.EDIT_PARTY_RECORDS)).orElse(false));
        return htmx != null ? "cooperation/list :: results" : "cooperation/list";
    }

    /** The columns the project list sorts by, and the SQL of each; titles in the reader's language. */
    static Map<String, String> sortable(String language) {
        String lang = List.of("en", "fr", "es", "ru", "ar", "zh").contains(language) ? language : "en";
        return Map.of(
                "title", "lower(coalesce(p.title->>'" + lang + "', p.title_text))",
                "status", "p.status",
                "initiator", "p.owner_party",
                "budget", "p.budget",
                "updated", "p.updated_at");
    }

    @GetMapping("/projects/new")
    String form(Model model) {
        Actors.required();
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute("domains", taxonomy.list(TermKind.DOMAIN));
        return "cooperation/new";
    }

    /** A new draft; a refused one comes back as the form with the reason next to the field and all typed kept. */
    @PostMapping("/projects")
    String create(
            @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "en") String titleLanguage,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) List<String> areas,
            @RequestParam(required = false) List<String> domains,
            @RequestParam(required = false) List<String> countries,
            @RequestParam(required = false) List<String> participants,
            @RequestParam(required = false) String plannedStart,
            @RequestParam(required = false) String plannedEnd,
            @RequestParam(required = false) String budget,
            @RequestParam(required = false) String currency,
            @RequestParam(defaultValue = "participants") String visibility,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        return forms.submit(
                "cooperation.project",
                http,
                response,
                model,
                () -> {
                    BigDecimal amount = PageForms.decimal("budget", budget).orElse(null);
                    var request = new ProjectForm.ProjectRequest(
                            Map.of(titleLanguage, title == null ? "" : title),
                            description == null || description.isBlank()
                                    ? Map.of()
                                    : Map.of(titleLanguage, description),
                            areas,
                            domains,
                            codes(countries),
                            List.of(),
                            codes(participants).stream()
                                    .map(p -> new ProjectForm.ParticipantRequest(p, List.of("implementing")))
                                    .toList(),
                            PageForms.date("plannedStart", plannedStart).orElse(null),
                            PageForms.date("plannedEnd", plannedEnd).orElse(null),
                            amount,
                            amount == null ? null : currency,
                            null,
                            List.of(),
                            visibility);
                    ProjectId id = projects.create(Actors.required(), request, false);
                    return "redirect:/projects/" + id;
                },
                () -> form(model));
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable UUID id, Model model) {
        ProjectId pid = new ProjectId(id);
        String lang = language();
        ProjectViews.ProjectView view = views.view(views.readable(pid), lang);
        Actor actor = Actors.current().orElse(null);
        model.addAttribute("p", view);
        model.addAttribute("lang", lang);
        model.addAttribute("projectTitle", titleIn(view.title(), lang));
        model.addAttribute("description", titleIn(view.description(), lang));
        model.addAttribute("initiatorName", views.partyName(view.initiator(), lang));
        model.addAttribute("timeline", store.timeline(pid));
        model.addAttribute("money", money.transactions(pid));
        model.addAttribute("results", results.results(pid));
        model.addAttribute("documents", documents.list(pid));
        model.addAttribute(
                "canAttach",
                actor != null
                        && actor.can(Permission.EDIT_PARTY_RECORDS)
                        && (view.initiator().equals(actor.partyCode())
                                || view.participants().stream()
                                        .anyMatch(x -> x.party().equals(actor.partyCode()))));
        model.addAttribute(
                "removableParty", actor != null && actor.can(Permission.EDIT_PARTY_RECORDS) ? actor.partyCode() : "");
        model.addAttribute(
                "isInitiator", actor != null && actor.canFor(Permission.EDIT_PARTY_RECORDS, view.initiator()));
        model.addAttribute(
                "myConsent",
                actor == null || !actor.can(Permission.SPEAK_FOR_PARTY)
                        ? null
                        : view.participants().stream()
                                .filter(x -> x.party().equals(actor.partyCode()))
                                .findFirst()
                                .orElse(null));
        return "cooperation/project";
    }

    /** A step of the project's life; a refused one (a cancellation without a reason) comes back as the page. */
    @PostMapping("/projects/{id}/transitions")
    String transition(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam String action,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        return forms.submit(
                "cooperation.transition",
                http,
                response,
                model,
                () -> {
                    projects.transition(
                            Actors.required(),
                            new ProjectId(id),
                            Versions.etag(version),
                            new ProjectService.TransitionRequest(action, reason));
                    return "redirect:/projects/" + id;
                },
                () -> project(id, model));
    }

    /** A participant's answer; a refused one (a refusal without a reason) comes back as the page. */
    @PostMapping("/projects/{id}/consents")
    String consent(
            @PathVariable UUID id,
            @RequestParam String answer,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            HttpServletResponse response,
            Model model) {
        return forms.submit(
                "cooperation.consent",
                http,
                response,
                model,
                () -> {
                    projects.answerConsent(
                            Actors.required(),
                            new ProjectId(id),
                            new ProjectService.ConsentRequest(null, answer, reason));
                    return "redirect:/projects/" + id;
                },
                () -> project(id, model));
    }

    static String titleIn(Map<String, String> texts, String lang) {
        if (texts.containsKey(lang)) {
            return texts.get(lang);
        }
        return texts.getOrDefault("en", texts.values().stream().findFirst().orElse(""));
    }

    /** Codes picked from a list or typed into one field, separated by commas or spaces. */
    static List<String> codes(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split("[,\\s]+")))
                .filter(s -> !s.isBlank())
                .distinct()
                .toList();
    }

    static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    static Map<String, Object> linked() {
        return new LinkedHashMap<>();
    }
}
