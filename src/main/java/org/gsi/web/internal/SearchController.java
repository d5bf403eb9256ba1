package org.gsi.web.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gsi.platform.Actors;
import org.gsi.platform.SearchResults;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "One search across every kind of record")
class SearchController {

    private final GlobalSearch search;

    SearchController(GlobalSearch search) {
        this.search = search;
    }

    record SearchView(String q, long total, boolean exact, List<SearchResults> groups) {}

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Search parties, projects, dialogues, texts, situations, pledges, courses and meetings",
            description = "Words in any of the six languages (inflected forms found in English, French, Spanish,"
                    + " Russian and Arabic; Chinese by pairs of characters). Only records the caller may read are"
                    + " returned and counted; counts stop at 200 per kind (exact = false beyond).")
    SearchView search(
            @Parameter(description = "the words searched for") @RequestParam(required = false) String q,
            @Parameter(
                            description =
                                    "only this kind: " + "parties, projects, dialogues, texts, situations, pledges,"
                                            + " courses, meetings")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "language of names kept in several languages") @RequestParam(required = false)
                    String lang,
            @Parameter(description = "matches listed per kind, 0 to 100") @RequestParam(defaultValue = "10")
                    int limit) {
        String language =
                lang == null || lang.isBlank() ? LocaleContextHolder.getLocale().getLanguage() : lang;
        List<SearchResults> groups = search.search(q, kind, Actors.readerParty(), language, limit);
        return new SearchView(
                q.strip(),
                groups.stream().mapToLong(SearchResults::total).sum(),
                groups.stream().allMatch(SearchResults::exact),
                groups);
    }
}
