package org.gsi.web.internal;

import java.util.List;
import org.gsi.platform.Actors;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.SearchResults;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: everything the reader may see that matches their words, by kind. */
@Controller
class SearchPages {

    private static final int PER_KIND = 5;
    private static final int ONE_KIND = 50;

    private final GlobalSearch search;

    SearchPages(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        List<String> kinds = search.kinds();
        model.addAttribute("kinds", kinds);
        String chosen = kind != null && kinds.contains(kind) ? kind : null;
        model.addAttribute("kind", chosen);
        if (q == null || q.isBlank()) {
            return "search";
        }
        if (q.strip().length() > GlobalSearch.MAX_LENGTH) {
            model.addAttribute("tooLong", GlobalSearch.MAX_LENGTH);
            return "search";
        }
        List<SearchResults> groups = search.search(
                q,
                chosen,
                Actors.readerParty(),
                LocaleContextHolder.getLocale().getLanguage(),
                chosen == null ? PER_KIND : ONE_KIND);
        model.addAttribute("groups", groups);
        model.addAttribute(
                "total", groups.stream().mapToLong(SearchResults::total).sum());
        model.addAttribute("exact", groups.stream().allMatch(SearchResults::exact));
        return "search";
    }

    @Bean
    static PublicPaths searchPublicPaths() {
        return PublicPaths.of("/search", "/api/v1/search");
    }
}
