package org.gsi.commitments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.gsi.platform.CacheSpec;
import org.gsi.platform.SharedCaches;
import org.gsi.registry.PartyNamed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The rendered rows of the accountability table and the totals beside them, kept per reader, filter, page, order and
 * language while the ledger does not change. The ledger's stamp (number of pledges, sum of delivered totals, sum of
 * versions), read from the database on every request, changes with every new pledge, delivery and edit on any node;
 * the day is part of the key because status depends on it; a party registered or renamed empties the cache on every
 * node, and entries expire after a minute at most. The rows are rendered by Thymeleaf with escaping, so the page may
 * insert them unescaped.
 */
@Component
class LedgerTableCache {

    static final String CACHE = "commitments.ledger";

    /** {@code paging} holds the page, its size and order and the address's filters. */
    record Key(
            String reader,
            PledgeFilter filter,
            org.gsi.platform.Paging paging,
            Locale locale,
            LocalDate day,
            String stamp) {}

    record Entry(AccountabilityLedger.Accountability ledger, String rowsHtml) {}

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final SharedCaches caches;
    private final Clock clock = Clock.systemUTC();

    LedgerTableCache(JdbcClient jdbc, ITemplateEngine templates, SharedCaches caches) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.caches = caches;
    }

    @Bean
    static CacheSpec ledgerCache() {
        return new CacheSpec(CACHE, 128, Duration.ofMinutes(1));
    }

    /** Changes whenever a pledge is made or edited or a delivery is recorded. */
    String stamp() {
        return jdbc.sql(
                        "SELECT count(*) || ':' || coalesce(sum(delivered_total), 0) || ':' || coalesce(sum(version), 0)"
                                + " FROM commitments_pledge")
                .query(String.class)
                .single();
    }

    Key key(String reader, PledgeFilter filter, org.gsi.platform.Paging paging, Locale locale) {
        return new Key(reader, filter, paging, locale, LocalDate.now(clock), stamp());
    }

    Entry get(Key key, Supplier<AccountabilityLedger.Accountability> ledger, RowsRenderer rows) {
        return caches.get(CACHE, key, () -> {
            AccountabilityLedger.Accountability fresh = ledger.get();
            return new Entry(fresh, rows.render(fresh));
        });
    }

    @EventListener
    void on(PartyNamed named) {
        caches.evict(CACHE);
    }

    /** Renders the table rows of one page of the ledger. */
    interface RowsRenderer {
        String render(AccountabilityLedger.Accountability ledger);
    }

    String render(Locale locale, List<AccountabilityLedger.LedgerRow> rows, String demoLabel, String progressLabel) {
        Context context = new Context(locale);
        context.setVariable("rows", rows);
        context.setVariable("demoLabel", demoLabel);
        context.setVariable("progressLabel", progressLabel);
        return templates.process("commitments/ledger-rows", context);
    }
}
