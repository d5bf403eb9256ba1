package org.gsi.earlywarning.internal.alerts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleView;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.PageForms;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.gsi.platform.StaleVersionException;
import org.gsi.platform.Versions;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of alert rules: the rules that apply with their parameters in words, and the form that creates, changes
 * and switches off a rule through the same {@link AlertService} as the API. A stale form is refused, never saved.
 */
@Controller
class AlertRulePages {

    private static final String FORM = "earlywarning/alerts/rule-form";

    private final AlertService alerts;
    private final SituationFacts situations;
    private final Registry registry;
    private final PageForms forms;
    private final RuleListing listing;

    AlertRulePages(
            AlertService alerts, SituationFacts situations, Registry registry, PageForms forms, RuleListing listing) {
        this.listing = listing;
        this.alerts = alerts;
        this.situations = situations;
        this.registry = registry;
        this.forms = forms;
    }

    @GetMapping("/early-warning/alerts/rules")
    String list(
            @RequestParam(required = false) UUID saved,
            @RequestParam(required = false) Integer raised,
            @RequestParam(required = false) boolean deleted,
            @RequestParam(required = false) String kind,
            jakarta.servlet.http.HttpServletRequest http,
            Model model) {
        Actor actor = Actors.required();
        Optional<Alert.AlertKind> chosen = Arrays.stream(Alert.AlertKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst();
        Paging paging = Paging.of(http, RuleListing.COLUMNS, "created", true, 25);
        PageView<RuleView> page = listing.page(actor.partyCode(), chosen, paging);
        List<RuleView> rules = page.items();
        model.addAttribute("rules", rules);
        model.addAttribute("page", page);
        model.addAttribute("paging", paging);
        model.addAttribute("kinds", Alert.AlertKind.values());
        model.addAttribute("kind", chosen.map(Enum::name).orElse(""));
        model.addAttribute(
                "manageable",
                rules.stream().filter(r -> manages(actor, r)).map(RuleView::id).toList());
        model.addAttribute(
                "countryNames",
                countryNames(rules.stream().map(RuleView::country).toList()));
        model.addAttribute("situationTitles", situationTitles(actor));
        model.addAttribute("canCreate", !scopes(actor).isEmpty());
        model.addAttribute("saved", saved);
        model.addAttribute("raised", raised);
        model.addAttribute("deleted", deleted);
        return "earlywarning/alerts/rules";
    }

    @GetMapping("/early-warning/alerts/rules/new")
    String newRule(Model model) {
        return form(Actors.required(), RuleForm.blank(), null, Map.of(), model);
    }

    @PostMapping("/early-warning/alerts/rules")
    String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        Actor actor = Actors.required();
        RuleForm form = RuleForm.of(params);
        try {
            AlertService.SavedRule s = alerts.create(actor, form.request());
            return "redirect:/early-warning/alerts/rules?saved=" + s.rule().id() + "&raised="
                    + s.raised().size();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, form, null, Map.of(e.field(), forms.reason(e)), model);
        }
    }

    @GetMapping("/early-warning/alerts/rules/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Actor actor = Actors.required();
        RuleView rule = alerts.rule(id, actor.partyCode());
        return form(actor, RuleForm.of(rule), rule, Map.of(), model);
    }

    @PostMapping("/early-warning/alerts/rules/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response) {
        return save(id, RuleForm.of(params), model, response);
    }

    @PostMapping("/early-warning/alerts/rules/{id}/enabled")
    String switchOnOrOff(
            @PathVariable UUID id,
            @RequestParam boolean enabled,
            @RequestParam long version,
            Model model,
            HttpServletResponse response) {
        RuleView rule = alerts.rule(id, Actors.required().partyCode());
        return save(id, RuleForm.of(rule).switched(enabled, version), model, response);
    }

    @GetMapping("/early-warning/alerts/rules/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        Actor actor = Actors.required();
        RuleView rule = alerts.rule(id, actor.partyCode());
        if (!manages(actor, rule)) {
            throw new ForbiddenException(
                    "Only the keeper of this rule may delete it.", "delete", "alert-rule", id.toString(), null);
        }
        return deletePage(actor, rule, model);
    }

    @PostMapping("/early-warning/alerts/rules/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam long version, Model model, HttpServletResponse response) {
        Actor actor = Actors.required();
        try {
            alerts.retire(actor, id, Versions.etag(version));
            return "redirect:/early-warning/alerts/rules?deleted=true";
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return deletePage(actor, alerts.rule(id, actor.partyCode()), model);
        }
    }

    private String deletePage(Actor actor, RuleView rule, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("countryNames", countryNames(Arrays.asList(rule.country())));
        model.addAttribute("situationTitles", situationTitles(actor));
        return "earlywarning/alerts/rule-delete";
    }

    private String save(UUID id, RuleForm form, Model model, HttpServletResponse response) {
        Actor actor = Actors.required();
        try {
            AlertService.SavedRule s = alerts.update(actor, id, Versions.etag(form.version()), form.request());
            return "redirect:/early-warning/alerts/rules?saved=" + id + "&raised="
                    + s.raised().size();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, form, alerts.rule(id, actor.partyCode()), Map.of(e.field(), forms.reason(e)), model);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            RuleView current = alerts.rule(id, actor.partyCode());
            model.addAttribute("conflict", true);
            model.addAttribute("stored", form.differencesFrom(RuleForm.of(current)));
            return form(actor, form.atVersion(current.version()), current, Map.of(), model);
        }
    }

    private String form(Actor actor, RuleForm form, RuleView existing, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rule", existing);
        if (!model.containsAttribute("stored")) {
            model.addAttribute("stored", Map.of());
        }
        model.addAttribute("manages", existing != null && manages(actor, existing));
        model.addAttribute("errors", errors);
        model.addAttribute("scopes", scopes(actor));
        model.addAttribute("ownSituations", situations.ownedBy(actor.partyCode()));
        model.addAttribute(
                "categories",
                Arrays.stream(EventCategory.values()).map(Enum::name).toList());
        model.addAttribute("situationTitles", situationTitles(actor));
        model.addAttribute(
                "countryNames", countryNames(existing == null ? List.of() : Arrays.asList(existing.country())));
        return FORM;
    }

    /** The scopes the actor may create rules in: global and country for the secretariat, own situations. */
    private List<String> scopes(Actor actor) {
        List<String> out = new java.util.ArrayList<>();
        if (actor.can(Permission.MANAGE_REGISTRY)) {
            out.addAll(List.of("global", "country"));
        }
        if (actor.can(Permission.EDIT_PARTY_RECORDS)
                && !situations.ownedBy(actor.partyCode()).isEmpty()) {
            out.add("situation");
        }
        return out;
    }

    static boolean manages(Actor actor, RuleView r) {
        return r.situationId() == null
                ? actor.can(Permission.MANAGE_REGISTRY)
                : actor.canFor(Permission.EDIT_PARTY_RECORDS, r.ownerParty());
    }

    private Map<String, String> situationTitles(Actor actor) {
        Map<String, String> titles = new LinkedHashMap<>();
        situations.readableBy(actor.partyCode()).forEach(s -> titles.put(s.id().toString(), s.title()));
        return titles;
    }

    private Map<String, String> countryNames(List<String> codes) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> names = new LinkedHashMap<>();
        codes.stream()
                .filter(c -> c != null && !names.containsKey(c))
                .forEach(c ->
                        names.put(c, registry.find(c).map(p -> p.name(language)).orElse(c)));
        return names;
    }
}
