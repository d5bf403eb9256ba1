package org.gsi.concerns.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.Permission;
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

@Controller
class ConcernPages {

    private final ConcernService concerns;
    private final Taxonomy taxonomy;
    private final Registry registry;

    ConcernPages(ConcernService concerns, Taxonomy taxonomy, Registry registry) {
        this.concerns = concerns;
        this.taxonomy = taxonomy;
        this.registry = registry;
    }

    @GetMapping("/concerns")
    String list(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("concerns", concerns.list(party, domain, page, 50));
        model.addAttribute("party", party);
        model.addAttribute("domain", domain);
        model.addAttribute("domains", taxonomy.list(TermKind.DOMAIN));
        model.addAttribute(
                "canRegister",
                Actors.current().map(a -> a.can(Permission.SPEAK_FOR_PARTY)).orElse(false));
        model.addAttribute("window", concerns.window().toDays());
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("registry", registry);
        return "concerns/list";
    }

    @PostMapping("/concerns")
    String register(
            @RequestParam String text,
            @RequestParam(required = false) List<String> domains,
            @RequestParam(required = false) String countries,
            @RequestParam(required = false) String parties,
            @RequestParam(defaultValue = "secretariat") String visibility) {
        concerns.register(
                Actors.required(),
                new ConcernService.RegisterConcernRequest(
                        text, domains, codes(countries), List.of(), codes(parties), List.of(), visibility),
                false);
        return "redirect:/concerns";
    }

    @GetMapping("/concerns/consultations")
    String consultations(Model model) {
        model.addAttribute("consultations", concerns.consultationsOfMyParty());
        model.addAttribute("canAnswer", Actors.required().can(Permission.SPEAK_FOR_PARTY));
        return "concerns/consultations";
    }

    @PostMapping("/concerns/consultations/{id}")
    String answer(@PathVariable UUID id, @RequestParam String answer, @RequestParam String text) {
        concerns.answer(Actors.required(), id, "addressed".equals(answer), text);
        return "redirect:/concerns/consultations";
    }

    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
