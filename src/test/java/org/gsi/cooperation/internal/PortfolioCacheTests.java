package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioCacheTests {

    /** Counts every computation and answers with the reader's party as the only status. */
    static class CountingSearch extends ProjectSearch {
        final List<String> computedFor = new ArrayList<>();

        CountingSearch() {
            super(null, null, new org.springframework.transaction.support.AbstractPlatformTransactionManager() {
                @Override
                protected Object doGetTransaction() {
                    return new Object();
                }

                @Override
                protected void doBegin(Object tx, org.springframework.transaction.TransactionDefinition def) {}

                @Override
                protected void doCommit(org.springframework.transaction.support.DefaultTransactionStatus status) {}

                @Override
                protected void doRollback(org.springframework.transaction.support.DefaultTransactionStatus status) {}
            });
        }

        @Override
        Figures figures(ProjectQuery query, String reader) {
            computedFor.add(reader + "|" + query.q());
            return new Figures(Map.of(), Map.of(reader, 1L), Map.of(), Map.of(), Map.of());
        }
    }

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final CountingSearch search = new CountingSearch();
    final MovableClock clock = new MovableClock();
    final PortfolioCache cache = new PortfolioCache(search, null, Duration.ofSeconds(30), clock);

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
        clock.now = clock.now.plusSeconds(29);
        cache.figures("CHN", "demining");
        assertThat(search.computedFor).hasSize(1);

        clock.now = clock.now.plusSeconds(2);
        cache.figures("CHN", "demining");
        assertThat(search.computedFor).hasSize(2);

        cache.invalidate();
        cache.figures("CHN", "demining");
        assertThat(search.computedFor).hasSize(3);
    }
}
