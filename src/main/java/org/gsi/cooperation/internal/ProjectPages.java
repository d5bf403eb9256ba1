package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
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

    ProjectPages(
            ProjectSearch search,
            ProjectViews views,
            ProjectService projects,
            ProjectStore store,
            MoneyService money,
            ResultService results,
            Taxonomy taxonomy,
            ProjectDocuments documents) {
        this.search = search;
        this.views = views;
        this.projects = projects;
        this.store = store;
        this.money = money;
        this.results = results;
        this.taxonomy = taxonomy;
        this.documents = documents;
    }

    @GetMapping("/projects")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String party,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        var query = new ProjectSearch.ProjectQuery(q, status, area, domain, country, party, null, null, page, 50);
        model.addAttribute("projects", search.search(query, Actors.readerParty()));
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

    @GetMapping("/projects/new")
    String form(Model model) {
        Actors.required();
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute("domains", taxonomy.list(TermKind.DOMAIN));
        return "cooperation/new";
    }

    @PostMapping("/projects")
    String create(
            @RequestParam String title,
            @RequestParam(defaultValue = "en") String titleLanguage,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) List<String> areas,
            @RequestParam(required = false) List<String> domains,
            @RequestParam(required = false) String countries,
            @RequestParam(required = false) String participants,
            @RequestParam(required = false) LocalDate plannedStart,
            @RequestParam(required = false) LocalDate plannedEnd,
            @RequestParam(required = false) BigDecimal budget,
            @RequestParam(required = false) String currency,
            @RequestParam(defaultValue = "participants") String visibility) {
        var request = new ProjectForm.ProjectRequest(
                Map.of(titleLanguage, title),
                description == null || description.isBlank() ? Map.of() : Map.of(titleLanguage, description),
                areas,
                domains,
                codes(countries),
                List.of(),
                codes(participants).stream()
                        .map(p -> new ProjectForm.ParticipantRequest(p, List.of("implementing")))
                        .toList(),
                plannedStart,
                plannedEnd,
                budget,
                budget == null ? null : currency,
                null,
                List.of(),
                visibility);
        ProjectId id = projects.create(Actors.required(), request, false);
        return "redirect:/projects/" + id;
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

    @PostMapping("/projects/{id}/transitions")
    String transition(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam String action,
            @RequestParam(required = false) String reason) {
        projects.transition(
                Actors.required(),
                new ProjectId(id),
                Versions.etag(version),
                new ProjectService.TransitionRequest(action, reason));
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/consents")
    String consent(@PathVariable UUID id, @RequestParam String answer, @RequestParam(required = false) String reason) {
        projects.answerConsent(
                Actors.required(), new ProjectId(id), new ProjectService.ConsentRequest(null, answer, reason));
        return "redirect:/projects/" + id;
    }

    static String titleIn(Map<String, String> texts, String lang) {
        if (texts.containsKey(lang)) {
            return texts.get(lang);
        }
        return texts.getOrDefault("en", texts.values().stream().findFirst().orElse(""));
    }

    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    static Map<String, Object> linked() {
        return new LinkedHashMap<>();
    }
}
