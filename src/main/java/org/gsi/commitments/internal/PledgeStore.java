package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pledges and deliveries in PostgreSQL; every read of pledges filters by the reader's party. */
@Repository
class PledgeStore {

    static final String VISIBLE = Visibility.sqlPredicate("p", "participants");
    private static final String COLUMNS =
            "p.id, p.owner_party, p.text, p.unit_kind, p.currency, p.target, p.period_start,"
                    + " p.period_end, p.priority_areas, p.beneficiary_rule, p.beneficiary_codes, p.participants, p.made_at_kind,"
                    + " p.made_at_reference, p.visibility, p.delivered_total, p.demo, p.version";

    private final JdbcClient jdbc;

    PledgeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PledgeRow r) {
        jdbc.sql("INSERT INTO commitments_pledge (id, owner_party, text, unit_kind, currency, target, period_start,"
                        + " period_end, priority_areas, beneficiary_rule, beneficiary_codes, participants, made_at_kind,"
                        + " made_at_reference, visibility, demo) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        r.id(),
                        r.pledger(),
                        r.text(),
                        r.unitKind(),
                        r.currency(),
                        r.target(),
                        r.periodStart(),
                        r.periodEnd(),
                        r.priorityAreas().toArray(String[]::new),
                        r.beneficiaryRule(),
                        r.beneficiaryCodes().toArray(String[]::new),
                        r.participants().toArray(String[]::new),
                        r.madeAtKind(),
                        r.madeAtReference(),
                        r.visibility(),
                        r.demo())
                .update();
    }

    boolean update(PledgeRow r) {
        return jdbc.sql(
                                "UPDATE commitments_pledge SET text = ?, target = ?, period_end = ?, priority_areas = ?,"
                                        + " visibility = ?, updated_at = now(), version = version + 1 WHERE id = ? AND version = ?")
                        .params(
                                r.text(),
                                r.target(),
                                r.periodEnd(),
                                r.priorityAreas().toArray(String[]::new),
                                r.visibility(),
                                r.id(),
                                r.version())
                        .update()
                == 1;
    }

    /** The pledge if the reader may see it. */
    Optional<PledgeRow> find(UUID id, String reader) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commitments_pledge p WHERE p.id = :id AND " + VISIBLE)
                .param("id", id)
                .param("reader", reader)
                .query(PledgeStore::pledge)
                .optional();
    }

    /**
     * The orders of the ledger, by name in the address, with the SQL of each: the period's start, the pledging party
     * (in the order of {@code :parties}, its names sorted in the reader's language), the priority areas, the target
     * amount, the status (those needing attention first).
     */
    static final Map<String, String> ORDERS = Map.of(
            "date", "p.period_start",
            "party", "array_position(CAST(:parties AS text[]), p.owner_party)",
            "area", "p.priority_areas",
            "amount", "p.target",
            "status", StatusPolicy.standard().rankSql("p"));

    /** Visible pledges matching the filters, newest first. */
    List<PledgeRow> list(PledgeFilter filter, String reader, int offset, int limit) {
        return list(filter, reader, "date", true, List.of(), offset, limit);
    }

    /**
     * Visible pledges matching the filters in the order of {@code sort}, one of {@link #ORDERS} (none of them is ever
     * null, so the plain direction lets the indexes serve it); ties newest first.
     * {@code parties} are the pledging parties in the order a sort by party shows them.
     */
    List<PledgeRow> list(
            PledgeFilter filter,
            String reader,
            String sort,
            boolean descending,
            List<String> parties,
            int offset,
            int limit) {
        String order = ORDERS.getOrDefault(sort, ORDERS.get("date"))
                + (descending ? " DESC" : " ASC")
                + ", p.period_start DESC, p.id";
        return filter.apply(jdbc.sql("SELECT " + COLUMNS + " FROM commitments_pledge p WHERE " + VISIBLE
                                + filter.where() + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                        .param("reader", reader))
                .param("parties", parties.toArray(String[]::new))
                .param("limit", limit)
                .param("offset", offset)
                .query(PledgeStore::pledge)
                .list();
    }

    /** The parties that made a pledge the reader may see. */
    List<String> pledgers(String reader) {
        return jdbc.sql("SELECT DISTINCT p.owner_party FROM commitments_pledge p WHERE " + VISIBLE)
                .param("reader", reader)
                .query(String.class)
                .list();
    }

    /** The years the periods of the pledges the reader may see cover, from the first to the last. */
    List<Integer> years(String reader) {
        int[] bounds = jdbc.sql("SELECT extract(year FROM min(p.period_start))::int,"
                        + " extract(year FROM max(p.period_end))::int FROM commitments_pledge p WHERE " + VISIBLE)
                .param("reader", reader)
                .query((rs, n) -> rs.getObject(1) == null ? new int[0] : new int[] {rs.getInt(1), rs.getInt(2)})
                .list()
                .get(0);
        return bounds.length == 0
                ? List.of()
                : java.util.stream.IntStream.rangeClosed(bounds[0], Math.min(bounds[1], bounds[0] + 100))
                        .boxed()
                        .toList();
    }

    long count(PledgeFilter filter, String reader) {
        return filter.apply(jdbc.sql("SELECT count(*) FROM commitments_pledge p WHERE " + VISIBLE + filter.where())
                        .param("reader", reader))
                .query(Long.class)
                .single();
    }

    boolean insertDelivery(DeliveryRow d) {
        int n = jdbc.sql(
                        "INSERT INTO commitments_delivery (id, pledge_id, quantity, delivered_on, beneficiary, evidence,"
                                + " link_kind, link_id, source_key, reported_by) VALUES (?,?,?,?,?,?,?,?,?,?)"
                                + " ON CONFLICT (pledge_id, source_key) DO NOTHING")
                .params(
                        d.id(),
                        d.pledgeId(),
                        d.quantity(),
                        d.date(),
                        d.beneficiary(),
                        d.evidence(),
                        d.linkKind(),
                        d.linkId(),
                        d.sourceKey(),
                        d.reportedBy())
                .update();
        if (n == 1) {
            jdbc.sql("UPDATE commitments_pledge SET delivered_total = delivered_total + ? WHERE id = ?")
                    .params(d.quantity(), d.pledgeId())
                    .update();
        }
        return n == 1;
    }

    List<DeliveryRow> deliveries(UUID pledge) {
        return jdbc.sql("SELECT * FROM commitments_delivery WHERE pledge_id = ? ORDER BY delivered_on, created_at")
                .param(pledge)
                .query(PledgeStore::delivery)
                .list();
    }

    Optional<DeliveryRow> delivery(UUID pledge, UUID id) {
        return jdbc.sql("SELECT * FROM commitments_delivery WHERE pledge_id = ? AND id = ?")
                .params(pledge, id)
                .query(PledgeStore::delivery)
                .optional();
    }

    /** Stores a receipt confirmation; false when the delivery was already confirmed. */
    boolean confirm(UUID delivery, java.time.LocalDate on) {
        return jdbc.sql("UPDATE commitments_delivery SET confirmed_on = ? WHERE id = ? AND confirmed_on IS NULL")
                        .params(on, delivery)
                        .update()
                == 1;
    }

    /** Locks the pledge until the transaction ends, so that its ledger is decided on one delivery at a time. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM commitments_pledge WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM commitments_pledge WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static PledgeRow pledge(ResultSet rs, int n) throws SQLException {
        return new PledgeRow(
                rs.getObject("id", UUID.class),
                rs.getString("owner_party"),
                rs.getString("text"),
                rs.getString("unit_kind"),
                rs.getString("currency"),
                rs.getBigDecimal("target"),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                strings(rs.getArray("priority_areas")),
                rs.getString("beneficiary_rule"),
                strings(rs.getArray("beneficiary_codes")),
                strings(rs.getArray("participants")),
                rs.getString("made_at_kind"),
                rs.getString("made_at_reference"),
                rs.getString("visibility"),
                Optional.ofNullable(rs.getBigDecimal("delivered_total")).orElse(BigDecimal.ZERO),
                rs.getBoolean("demo"),
                rs.getLong("version"));
    }

    private static DeliveryRow delivery(ResultSet rs, int n) throws SQLException {
        return new DeliveryRow(
                rs.getObject("id", UUID.class),
                rs.getObject("pledge_id", UUID.class),
                rs.getBigDecimal("quantity"),
                rs.getObject("delivered_on", java.time.LocalDate.class),
                rs.getString("beneficiary"),
                rs.getString("evidence"),
                rs.getString("link_kind"),
                rs.getObject("link_id", UUID.class),
                rs.getString("source_key"),
                rs.getString("reported_by"),
                rs.getObject("confirmed_on", java.time.LocalDate.class));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
