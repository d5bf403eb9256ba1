package org.gsi.cooperation.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Funds, contributions to them, and the money that flowed through projects the reader may see. */
@Repository
class FundStore {

    /** A fund with its contributions and the commitments and disbursements of visible projects it finances. */
    record FundView(
            UUID id,
            String code,
            String name,
            String managingParty,
            String currency,
            String description,
            Map<String, BigDecimal> contributions,
            Map<String, BigDecimal> transactionTotals,
            long projects,
            boolean demo) {}

    private final JdbcClient jdbc;

    FundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM cooperation_fund WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<UUID> byCode(String code) {
        return jdbc.sql("SELECT id FROM cooperation_fund WHERE code = :code")
                .param("code", code)
                .query(UUID.class)
                .optional();
    }

    void insert(
            UUID id,
            String code,
            String name,
            String managingParty,
            String currency,
            String description,
            boolean demo) {
        jdbc.sql("INSERT INTO cooperation_fund (id, code, name, managing_party, currency, description, demo)"
                        + " VALUES (:id, :code, :name, :party, :currency, :description, :demo)")
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .param("party", managingParty)
                .param("currency", currency)
                .param("description", description == null ? "" : description)
                .param("demo", demo)
                .update();
    }

    void contribute(UUID fund, String party, BigDecimal amount, String currency, LocalDate on) {
        jdbc.sql("INSERT INTO cooperation_fund_contribution (id, fund_id, party, amount, currency, contributed_on)"
                        + " VALUES (:id, :fund, :party, :amount, :currency, :on)")
                .param("id", UUID.randomUUID())
                .param("fund", fund)
                .param("party", party)
                .param("amount", amount)
                .param("currency", currency)
                .param("on", Date.valueOf(on))
                .update();
    }

    List<FundView> list(String reader) {
        List<FundView> out = new ArrayList<>();
        jdbc.sql("SELECT * FROM cooperation_fund ORDER BY name").query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            out.add(new FundView(
                    id,
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("managing_party"),
                    rs.getString("currency"),
                    rs.getString("description"),
                    Map.of(),
                    Map.of(),
                    0,
                    rs.getBoolean("demo")));
        });
        return out.stream().map(f -> withTotals(f, reader)).toList();
    }

    Optional<FundView> find(UUID id, String reader) {
        return list(reader).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private FundView withTotals(FundView f, String reader) {
        Map<String, BigDecimal> contributions = new HashMap<>();
        jdbc.sql("SELECT currency, sum(amount) FROM cooperation_fund_contribution WHERE fund_id = :id"
                        + " GROUP BY currency")
                .param("id", f.id())
                .query(rs -> {
                    contributions.put(rs.getString(1), rs.getBigDecimal(2));
                });
        Map<String, BigDecimal> flows = new HashMap<>();
        jdbc.sql("SELECT t.type || ' ' || t.currency, sum(t.amount) FROM cooperation_transaction t"
                        + " JOIN cooperation_project p ON p.id = t.project_id WHERE p.fund_id = :id AND "
                        + ProjectStore.READABLE + " GROUP BY t.type, t.currency")
                .param("id", f.id())
                .param("reader", reader)
                .query(rs -> {
                    flows.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getBigDecimal(2));
                });
        long projects = jdbc.sql(
                        "SELECT count(*) FROM cooperation_project p WHERE p.fund_id = :id AND " + ProjectStore.READABLE)
                .param("id", f.id())
                .param("reader", reader)
                .query(Long.class)
                .single();
        return new FundView(
                f.id(),
                f.code(),
                f.name(),
                f.managingParty(),
                f.currency(),
                f.description(),
                contributions,
                flows,
                projects,
                f.demo());
    }
}
