package org.gsi.earlywarning.internal.alerts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionRequest;
import org.gsi.earlywarning.internal.alerts.AlertViews.SubscriptionView;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of the acting party's alert subscriptions, kept through the same {@link SubscriptionService}. */
@Controller
class SubscriptionPages {

    private final SubscriptionService subscriptions;
    private final SituationFacts situations;
    private final Registry registry;
    private final Taxonomy taxonomy;
    private final SubscriptionListing listing;

    SubscriptionPages(
            SubscriptionService subscriptions,
            SituationFacts situations,
            Registry registry,
            Taxonomy taxonomy,
            SubscriptionListing listing) {
        this.listing = listing;
        this.subscriptions = subscriptions;
        this.situations = situations;
        this.registry = registry;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/early-warning/alerts/subscriptions")
    String list(HttpServletRequest http, Model model) {
        return page(Actors.required(), "country", "", null, http, model);
    }

    @PostMapping("/early-warning/alerts/subscriptions")
    String subscribe(
            @RequestParam(defaultValue = "") String targetKind,
            @RequestParam(defaultValue = "") String target,
            HttpServletRequest http,
            Model model,
            HttpServletResponse response) {
        Actor actor = Actors.required();
        try {
            subscriptions.subscribe(actor, new SubscriptionRequest(targetKind, target));
            return "redirect:/early-warning/alerts/subscriptions";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actor, targetKind, target, "ewa.subs.invalid." + e.field(), http, model);
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(actor, targetKind, target, "ewa.subs.duplicate", http, model);
        }
    }

    @PostMapping("/early-warning/alerts/subscriptions/{id}/delete")
    String unsubscribe(@PathVariable UUID id) {
        subscriptions.unsubscribe(Actors.required(), id);
        return "redirect:/early-warning/alerts/subscriptions";
    }

    private String page(Actor actor, String kind, String target, String error, HttpServletRequest http, Model model) {
        String shown = http.getParameter("kind");
        Optional<String> chosen =
                SubscriptionListing.KINDS.stream().filter(k -> k.equals(shown)).findFirst();
        Paging paging = "GET".equals(http.getMethod())
                ? Paging.of(http, SubscriptionListing.COLUMNS, "created", false, 25)
                : new Paging(http.getRequestURI(), 0, 25, "created", false, Map.of());
        PageView<SubscriptionView> page = listing.page(actor.partyCode(), chosen, paging);
        List<SubscriptionView> mine = page.items();
        model.addAttribute("page", page);
        model.addAttribute("paging", paging);
        model.addAttribute("kinds", SubscriptionListing.KINDS);
        model.addAttribute("kind", chosen.orElse(""));
        List<SituationFacts.Named> readable = situations.readableBy(actor.partyCode());
        Map<String, String> titles = new LinkedHashMap<>();
        readable.forEach(s -> titles.put(s.id().toString(), s.title()));
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> countryNames = new LinkedHashMap<>();
        mine.stream()
                .filter(s -> s.targetKind().equals("COUNTRY"))
                .forEach(s -> countryNames.put(
                        s.target(),
                        registry.find(s.target()).map(p -> p.name(language)).orElse(s.target())));
        model.addAttribute("subscriptions", mine);
        model.addAttribute("situationTitles", titles);
        model.addAttribute("situations", readable);
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("domains", taxonomy.list(TermKind.DOMAIN));
        model.addAttribute("regions", List.of("002", "019", "142", "150", "009"));
        model.addAttribute("party", actor.partyCode());
        model.addAttribute("targetKind", kind);
        model.addAttribute("target", target);
        model.addAttribute("error", error);
        return "earlywarning/alerts/subscriptions";
    }
}
