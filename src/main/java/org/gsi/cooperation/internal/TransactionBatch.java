package org.gsi.cooperation.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes the transactions of one project in a single round trip (used by the IATI import). */
@Repository
class TransactionBatch {

    private static final String INSERT = "INSERT INTO cooperation_transaction (id, project_id, type, value_date,"
            + " amount, currency, provider_ref, provider_name, receiver_ref, receiver_name, description)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    TransactionBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertAll(ProjectId project, List<Transaction> transactions) {
        if (transactions.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Transaction t = transactions.get(i);
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, project.value());
                ps.setString(3, t.type().name());
                ps.setDate(4, Date.valueOf(t.date()));
                ps.setBigDecimal(5, t.value().amount());
                ps.setString(6, t.value().currency().value());
                ps.setString(7, t.provider().flatMap(OrgRef::ref).orElse(null));
                ps.setString(8, t.provider().flatMap(OrgRef::name).orElse(null));
                ps.setString(9, t.receiver().flatMap(OrgRef::ref).orElse(null));
                ps.setString(10, t.receiver().flatMap(OrgRef::name).orElse(null));
                ps.setString(11, t.description().orElse(null));
            }

            @Override
            public int getBatchSize() {
                return transactions.size();
            }
        });
    }
}
