package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sums of the transactions of the projects a reader may see, by fund, priority area, region, party or year, per
 * transaction type and currency (currencies are never added together). A project in several areas, regions or
 * parties counts in each of them.
 */
@RestController
@Tag(name = "Funds and results")
class TransactionTotals {

    /** One sum: the grouping key (fund code, area, region, party or year), type, currency and amount. */
    record TotalRow(String key, String type, String currency, BigDecimal amount, long transactions) {}

    private static final Map<String, String> KEYS = Map.of(
            "fund", "(SELECT f.code FROM cooperation_fund f WHERE f.id = p.fund_id)",
            "area", "unnest(p.priority_areas)",
            "region", "unnest(p.regions)",
            "party", "unnest(array(SELECT DISTINCT x FROM unnest(array_append(p.participants, p.owner_party)) x))",
            "year", "CAST(extract(year FROM t.value_date) AS int)::text");

    private final JdbcClient jdbc;

    TransactionTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/transactions/totals")
    @Operation(
            summary = "Totals of the transactions of the projects you may read, by fund, area, region, party or year")
    List<TotalRow> totals(@Parameter(description = "fund, area, region, party or year") @RequestParam String by) {
        return totals(by, Actors.readerParty());
    }

    List<TotalRow> totals(String by, String reader) {
        String key = KEYS.get(by);
        if (key == null) {
            throw new InvalidInputException(
                    "by", Message.of("cooperation.refused.totalsBy", "fund, area, region, party, year"));
        }
        return jdbc.sql("SELECT k.key, k.type, k.currency, sum(k.amount), count(*) FROM (SELECT " + key
                        + " AS key, t.type, t.currency, t.amount FROM cooperation_transaction t"
                        + " JOIN cooperation_project p ON p.id = t.project_id WHERE "
                        + ProjectStore.READABLE + ") k WHERE k.key IS NOT NULL"
                        + " GROUP BY k.key, k.type, k.currency ORDER BY k.key, k.type, k.currency")
                .param("reader", reader == null ? "" : reader)
                .query((rs, n) -> new TotalRow(
                        rs.getString(1),
                        rs.getString(2).toLowerCase(java.util.Locale.ROOT),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getLong(5)))
                .list();
    }
}
