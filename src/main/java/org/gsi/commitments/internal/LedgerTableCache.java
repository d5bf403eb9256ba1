package org.gsi.commitments.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The rendered rows of the accountability table and the totals beside them, kept per reader, filter, page and
 * language while the ledger does not change. The ledger's stamp (number of pledges, sum of delivered totals, sum of
 * versions) changes with every new pledge, delivery and edit; the day is part of the key because status depends
 * on it; entries also expire after a minute so renamed parties show soon. The rows are rendered by Thymeleaf with
 * escaping, so the page may insert them unescaped.
 */
@Component
class LedgerTableCache {

    static final int ENTRIES = 128;
    static final Duration LIFETIME = Duration.ofMinutes(1);

    record Key(String reader, PledgeFilter filter, int page, Locale locale, LocalDate day, String stamp) {}

    record Entry(AccountabilityLedger.Accountability ledger, String rowsHtml, Instant madeAt) {}

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final Clock clock = Clock.systemUTC();
    private final Map<Key, Entry> entries = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    LedgerTableCache(JdbcClient jdbc, ITemplateEngine templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    /** Changes whenever a pledge is made or edited or a delivery is recorded. */
    String stamp() {
        return jdbc.sql(
                        "SELECT count(*) || ':' || coalesce(sum(delivered_total), 0) || ':' || coalesce(sum(version), 0)"
                                + " FROM commitments_pledge")
                .query(String.class)
                .single();
    }

    Key key(String reader, PledgeFilter filter, int page, Locale locale) {
        return new Key(reader, filter, page, locale, LocalDate.now(clock), stamp());
    }

    Entry get(Key key, Supplier<AccountabilityLedger.Accountability> ledger, RowsRenderer rows) {
        synchronized (entries) {
            Entry cached = entries.get(key);
            if (cached != null && cached.madeAt().plus(LIFETIME).isAfter(clock.instant())) {
                return cached;
            }
        }
        AccountabilityLedger.Accountability fresh = ledger.get();
        Entry made = new Entry(fresh, rows.render(fresh), clock.instant());
        synchronized (entries) {
            entries.put(key, made);
        }
        return made;
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
