package org.gsi.registry.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Parties to pick by name: every form that takes a country, a party or a mechanism lists them by their name in the
 * reader's language with the code beside it ({@code ${@partyOptions.of('country')}}), and its search box asks
 * {@code /parties/options} for the ones whose name or code matches what is typed, the choices already made kept.
 */
@Controller("partyOptions")
public class PartyOptions {

    /** One choice: the code the form sends, the words the reader sees. */
    public record Option(String code, String label) {}

    private static final int MATCHES = 50;

    private final Registry registry;

    PartyOptions(Registry registry) {
        this.registry = registry;
    }

    /**
     * Every party of a kind, by name: {@code country} (states and other areas), {@code mechanism}, {@code series} (mechanisms
     * and forums, which hold meetings), {@code party}
     * (all), or a kind of the registry ({@code organisation}, {@code forum}, …).
     */
    public List<Option> of(String kind) {
        return find(kind, null, 500);
    }

    /** The options that match {@code q} by name or code, after the ones already chosen (sent as {@code field}). */
    @GetMapping("/parties/options")
    String options(
            @RequestParam(defaultValue = "party") String kind,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) List<String> chosen,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        Set<String> kept = new LinkedHashSet<>();
        if (chosen != null) {
            kept.addAll(chosen);
        }
        if (field != null && !field.isBlank() && request.getParameterValues(field) != null) {
            kept.addAll(List.of(request.getParameterValues(field)));
        }
        List<Option> options = new ArrayList<>();
        String language = language();
        kept.stream()
                .filter(code -> !code.isBlank())
                .forEach(code -> registry.find(code).ifPresent(p -> options.add(option(p, language))));
        find(kind, q, MATCHES).stream().filter(o -> !kept.contains(o.code())).forEach(options::add);
        model.addAttribute("options", options);
        model.addAttribute("chosen", kept);
        model.addAttribute("blank", request.getParameter("blank") != null);
        return "fragments/pickers :: options";
    }

    private List<Option> find(String kind, String q, int size) {
        String language = language();
        String words = q == null || q.isBlank() ? null : q.strip();
        List<PartySummary> found;
        if (kind.equals("mechanism")) {
            found = registry.mechanisms().stream()
                    .filter(p -> words == null || matches(p, words, language))
                    .toList();
        } else if (kind.equals("series")) {
            found = new ArrayList<>(registry.mechanisms().stream()
                    .filter(p -> words == null || matches(p, words, language))
                    .toList());
            Set<String> codes = new java.util.HashSet<>(
                    found.stream().map(PartySummary::code).toList());
            search(PartyKind.FORUM, words, language, size).stream()
                    .filter(p -> codes.add(p.code()))
                    .forEach(found::add);
        } else if (kind.equals("country")) {
            found = new ArrayList<>(search(PartyKind.STATE, words, language, size));
            found.addAll(search(PartyKind.TERRITORY, words, language, size));
        } else {
            found = search(kind.equals("party") ? null : PartyKind.parse(kind), words, language, size);
        }
        return found.stream()
                .map(p -> option(p, language))
                .sorted(Comparator.comparing(Option::label, Collator.getInstance(Locale.forLanguageTag(language))))
                .limit(size)
                .toList();
    }

    private List<PartySummary> search(PartyKind kind, String q, String language, int size) {
        return registry.search(new PartyQuery(q, kind, null, null, null, language, 0, size))
                .items();
    }

    private static boolean matches(PartySummary p, String words, String language) {
        String w = words.toLowerCase(Locale.ROOT);
        return p.code().toLowerCase(Locale.ROOT).contains(w)
                || p.name(language).toLowerCase(Locale.ROOT).contains(w)
                || p.name("en").toLowerCase(Locale.ROOT).contains(w);
    }

    private static Option option(PartySummary p, String language) {
        return new Option(p.code(), p.name(language) + " · " + p.code());
    }

    private static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
