package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gsi.platform.NodeSignals;
import org.gsi.platform.SharedCaches;
import org.junit.jupiter.api.Test;

class PortfolioCacheTests {

    /** Counts every computation and answers with the reader's party as the only status. */
    static class CountingSearch extends ProjectSearch {
        final List<String> computedFor = new ArrayList<>();

        CountingSearch(SharedCaches caches) {
            super(
                    null,
                    null,
                    new org.springframework.transaction.support.AbstractPlatformTransactionManager() {
                        @Override
                        protected Object doGetTransaction() {
                            return new Object();
                        }

                        @Override
                        protected void doBegin(Object tx, org.springframework.transaction.TransactionDefinition def) {}

                        @Override
                        protected void doCommit(
                                org.springframework.transaction.support.DefaultTransactionStatus status) {}

                        @Override
                        protected void doRollback(
                                org.springframework.transaction.support.DefaultTransactionStatus status) {}
                    },
                    caches);
        }

        @Override
        Figures figures(ProjectQuery query, String reader) {
            computedFor.add(reader + "|" + query.q());
            return new Figures(Map.of(), Map.of(reader, 1L), Map.of(), Map.of(), Map.of());
        }
    }

    static class MovableTicker implements Ticker {
        long nanos;

        @Override
        public long read() {
            return nanos;
        }
    }

    /** The signals this node sends to the others, in the order sent. */
    static class SentSignals implements NodeSignals {
        final List<String> sent = new ArrayList<>();

        @Override
        public void send(String channel, String payload) {
            sent.add(channel + ":" + payload);
        }

        @Override
        public void listen(String channel, Listener listener) {}
    }

    final MovableTicker ticker = new MovableTicker();
    final SentSignals signals = new SentSignals();
    final SharedCaches caches = new SharedCaches(
            SharedCaches.manager(
                    List.of(PortfolioCache.portfolioFigures(Duration.ofSeconds(30)), MatchCounts.SPEC), ticker),
            signals);
    final CountingSearch search = new CountingSearch(caches);
    final PortfolioCache cache = new PortfolioCache(search, null, caches);

    @Test
    void eachReaderGetsOnlyFiguresComputedForItsOwnParty() {
        assertThat(cache.figures("CHN", null).byStatus()).containsOnlyKeys("CHN");
        assertThat(cache.figures("BRA", null).byStatus()).containsOnlyKeys("BRA");
        assertThat(cache.figures("", null).byStatus()).containsOnlyKeys("");
        assertThat(cache.figures("CHN", null).byStatus()).containsOnlyKeys("CHN");
        assertThat(search.computedFor).containsExactly("CHN|", "BRA|", "|");
    }

    @Test
    void figuresAreComputedAgainAfterTheirTimeOrAChange() {
        cache.figures("CHN", "demining");
        ticker.nanos += Duration.ofSeconds(29).toNanos();
        cache.figures("CHN", "demining");
        assertThat(search.computedFor).hasSize(1);

        ticker.nanos += Duration.ofSeconds(2).toNanos();
        cache.figures("CHN", "demining");
        assertThat(search.computedFor).hasSize(2);

        cache.invalidate();
        cache.figures("CHN", "demining");
        assertThat(search.computedFor).hasSize(3);
    }

    @Test
    void aChangeTellsTheOtherNodesToForgetTheFiguresAndTheMatchCounts() {
        cache.invalidate();
        assertThat(signals.sent)
                .containsExactly("gsi_cache:cooperation.portfolio", "gsi_cache:cooperation.match-counts");
    }
}
