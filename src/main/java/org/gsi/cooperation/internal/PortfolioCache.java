package org.gsi.cooperation.internal;

import java.time.Duration;
import org.gsi.platform.CacheSpec;
import org.gsi.platform.SharedCaches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Keeps the portfolio figures and the cooperation network of each reader party for a short time. They are
 * computed for one reader and only ever served to that reader, so the cache cannot carry a restricted project to another
 * party. Any change to a project empties it, and the list's match counts, on every node ({@link SharedCaches}).
 */
@Component
class PortfolioCache {

    static final String FIGURES = "cooperation.portfolio";

    private record Key(String kind, String reader, String q) {}

    private final ProjectSearch search;
    private final CooperationNetwork network;
    private final SharedCaches caches;

    PortfolioCache(ProjectSearch search, CooperationNetwork network, SharedCaches caches) {
        this.search = search;
        this.network = network;
        this.caches = caches;
    }

    @Bean
    static CacheSpec portfolioFigures(@Value("${gsi.cooperation.portfolio-cache:30s}") Duration ttl) {
        return new CacheSpec(FIGURES, 500, ttl);
    }

    ProjectSearch.Figures figures(String reader, String q) {
        String text = q == null ? "" : q.strip();
        return caches.get(
                FIGURES,
                new Key("figures", party(reader), text),
                () -> search.figures(
                        new ProjectSearch.ProjectQuery(text, null, null, null, null, null, null, null, 0, 1),
                        party(reader)));
    }

    CooperationNetwork.Graph network(String reader) {
        return caches.get(FIGURES, new Key("network", party(reader), ""), () -> network.graph(party(reader), 60));
    }

    private static String party(String reader) {
        return reader == null ? "" : reader;
    }

    /** Forgets every reader's figures and the list's match counts, on every node, now and when the change commits. */
    void invalidate() {
        caches.evict(FIGURES);
        search.forgetCounts();
    }
}
