package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeSummary;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.UnitKind;
import org.gsi.commitments.UnitTotal;
import org.gsi.commitments.internal.CommitmentViews.PledgeView;
import org.gsi.platform.PageView;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public accountability page: one page of pledges with their progress, and totals per pledging party and per
 * priority area over every pledge the reader may see. Only the page's rows become views; the totals read a narrow
 * projection whose delivered amounts are the per-pledge totals kept with every delivery.
 */
@Component
class AccountabilityLedger {

    static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final CommitmentService service;
    private final StatusPolicy policy = StatusPolicy.standard();

    AccountabilityLedger(JdbcClient jdbc, CommitmentService service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    /** A table row with its links and labels resolved, so the page template only prints values. */
    record LedgerRow(
            String href,
            String pledgerHref,
            String pledgerName,
            String text,
            boolean demo,
            String visibilityLabel,
            List<AreaLink> areas,
            LocalDate periodStart,
            LocalDate periodEnd,
            int percent,
            java.math.BigDecimal delivered,
            java.math.BigDecimal target,
            String currency,
            String unitLabel,
            String statusClass,
            String statusLabel) {}

    record AreaLink(String code, String href) {}

    /** The row of a pledge; {@code labels} holds the translated status, unit and visibility labels. */
    static LedgerRow row(PledgeView p, Map<String, String> labels, String base) {
        String visibility = p.visibility().toLowerCase(java.util.Locale.ROOT);
        return new LedgerRow(
                base + "/commitments/" + p.id(),
                base + "/commitments/parties/" + p.pledger(),
                p.pledgerName(),
                p.text(),
                p.demo(),
                visibility.equals("public") ? null : labels.get("vis." + visibility),
                p.priorityAreas().stream()
                        .map(a -> new AreaLink(a, base + "/commitments/areas/" + a))
                        .toList(),
                p.periodStart(),
                p.periodEnd(),
                p.progressPercent(),
                p.delivered(),
                p.target(),
                p.currency(),
                labels.get("unit." + p.unit()),
                "status s-" + p.status(),
                labels.get("status." + p.status()));
    }

    record Accountability(
            PageView<PledgeView> pledges,
            Map<PartyCode, List<UnitTotal>> perParty,
            Map<String, List<UnitTotal>> perArea) {}

    @Transactional(readOnly = true)
    Accountability page(PledgeFilter filter, String reader, int page) {
        return page(filter, reader, "date", true, page, PAGE);
    }

    /** One page of rows in the order of {@code sort} (one of {@link PledgeStore#ORDERS}) and the totals. */
    @Transactional(readOnly = true)
    Accountability page(PledgeFilter filter, String reader, String sort, boolean descending, int page, int size) {
        PageView<PledgeView> rows = service.list(filter, reader, sort, descending, page, size);
        List<PledgeSummary> all = totalsRows(filter, reader);
        return new Accountability(rows, LedgerTotals.perParty(all), LedgerTotals.perArea(all));
    }

    /** Every visible pledge matching the filter, as much as the totals need. */
    private List<PledgeSummary> totalsRows(PledgeFilter filter, String reader) {
        LocalDate today = LocalDate.now();
        return filter.apply(jdbc.sql("SELECT p.id, p.owner_party, p.unit_kind, p.currency, p.target, p.delivered_total,"
                                + " p.period_start, p.period_end, p.priority_areas, p.visibility"
                                + " FROM commitments_pledge p WHERE " + PledgeStore.VISIBLE + filter.where())
                        .param("reader", reader))
                .query((rs, n) -> {
                    BigDecimal target = rs.getBigDecimal("target");
                    BigDecimal delivered = rs.getBigDecimal("delivered_total");
                    Period period = new Period(
                            rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class));
                    UnitKind kind = UnitKind.valueOf(rs.getString("unit_kind"));
                    return new PledgeSummary(
                            new PledgeId(rs.getObject("id", UUID.class)),
                            PartyCode.of(rs.getString("owner_party")),
                            "",
                            kind == UnitKind.MONEY ? PledgeUnit.money(rs.getString("currency")) : PledgeUnit.of(kind),
                            target,
                            delivered,
                            policy.status(target, period, delivered, today),
                            Set.copyOf(PledgeStore.strings(rs.getArray("priority_areas"))),
                            Visibility.valueOf(rs.getString("visibility")));
                })
                .list();
    }
}
