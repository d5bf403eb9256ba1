package org.gsi.web.internal;

import org.gsi.platform.Actors;
import org.gsi.platform.NavItem;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePages {

    private final Registry registry;
    private final Taxonomy taxonomy;
    private final WaitingWork work;

    HomePages(Registry registry, Taxonomy taxonomy, WaitingWork work) {
        this.registry = registry;
        this.taxonomy = taxonomy;
        this.work = work;
    }

    @GetMapping("/")
    String home(Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("states", count(PartyKind.STATE, lang));
        model.addAttribute("territories", count(PartyKind.TERRITORY, lang));
        model.addAttribute("organisations", count(PartyKind.ORGANISATION, lang));
        model.addAttribute("forums", count(PartyKind.FORUM, lang));
        model.addAttribute("mechanisms", registry.mechanisms());
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute("principles", taxonomy.list(TermKind.PRINCIPLE));
        model.addAttribute("lang", lang);
        Actors.current().flatMap(a -> registry.find(a.partyCode())).ifPresent(p -> model.addAttribute("myParty", p));
        Actors.current().ifPresent(a -> model.addAttribute("work", work.of(a, LocaleContextHolder.getLocale())));
        return "home";
    }

    private long count(PartyKind kind, String lang) {
        return registry.search(new PartyQuery(null, kind, null, null, null, lang, 0, 1))
                .total();
    }

    /** After a language change ({@code ?lang=} is applied by the locale interceptor), back to where the user was. */
    @GetMapping("/lang")
    String language(
            @org.springframework.web.bind.annotation.RequestHeader(value = "Referer", required = false) String referer,
            jakarta.servlet.http.HttpServletRequest request) {
        if (referer != null) {
            java.net.URI uri = java.net.URI.create(referer);
            if (uri.getHost() == null || uri.getHost().equals(request.getServerName())) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                String query =
                        uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "");
                return "redirect:" + path + (query.equals("?") ? "" : query);
            }
        }
        return "redirect:/";
    }

    @Bean
    static NavItem homeNav() {
        return new NavItem("nav.home", "/", 0, true);
    }
}
