package org.gsi.web.internal;

import java.util.Comparator;
import java.util.List;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.SearchResults;
import org.gsi.platform.SearchSource;
import org.springframework.stereotype.Component;

/**
 * One search across every kind of record the modules offer ({@link SearchSource} beans). Each module applies its own
 * reading rule, so the results and their counts hold only what the reader may see.
 */
@Component
class GlobalSearch {

    static final int MAX_LENGTH = 200;

    private final List<SearchSource> sources;

    GlobalSearch(List<SearchSource> sources) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(SearchSource::order))
                .toList();
    }

    /** The kinds searched, in the order of the results page. */
    List<String> kinds() {
        return sources.stream().map(SearchSource::kind).toList();
    }

    /**
     * The reader's matches of {@code words}, by kind, at most {@code limit} of each (all kinds, or only {@code kind}).
     */
    List<SearchResults> search(String words, String kind, String reader, String language, int limit) {
        String text = words == null ? "" : words.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("q", Message.of("search.refused.empty"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", Message.of("search.tooLong", MAX_LENGTH));
        }
        if (limit < 0 || limit > 100) {
            throw new InvalidInputException("limit", Message.of("search.refused.limit", 0, 100));
        }
        if (kind != null && !kind.isBlank() && !kinds().contains(kind)) {
            throw new InvalidInputException("kind", Message.of("search.refused.kind", String.join(", ", kinds())));
        }
        return sources.stream()
                .filter(s -> kind == null || kind.isBlank() || s.kind().equals(kind))
                .map(s -> s.search(text, reader, language, limit))
                .toList();
    }
}
