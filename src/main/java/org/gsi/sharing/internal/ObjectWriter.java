package org.gsi.sharing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes accepted object versions with one {@code COPY}, inside the caller's transaction. Dates added are handed
 * out under a transaction-scoped advisory lock, each one microsecond after the last one stored and never before
 * the clock: rows committed later always carry later dates, so a client paging with {@code added_after} misses
 * nothing.
 */
@Component
class ObjectWriter {

    private static final long DATE_ADDED_LOCK = 0x5348415245L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    ObjectWriter(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Takes the lock and returns the first free date added; the caller's transaction must be open. */
    Instant firstFreeDateAdded() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(DATE_ADDED_LOCK)
                .query((rs, n) -> 1)
                .single();
        return jdbc.sql("SELECT greatest(clock_timestamp(), (SELECT max(date_added) FROM sharing_object)"
                        + " + interval '1 microsecond')")
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .single()
                .truncatedTo(ChronoUnit.MICROS);
    }

    void copy(List<StoredObject> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 1024);
        for (StoredObject o : rows) {
            text.append(o.dateAdded()).append('\t');
            field(text, o.stixId());
            field(text, o.type());
            field(text, o.specVersion());
            text.append(o.version()).append('\t');
            field(text, o.versionText());
            field(text, o.senderParty());
            field(text, o.sentBy());
            text.append(o.targetGroup().map(Object::toString).orElse("\\N")).append('\t');
            text.append(o.tlp().name()).append('\t');
            array(text, o.recipients());
            array(text, o.markings());
            array(text, o.refs());
            field(text, o.createdByRef());
            field(text, o.name());
            escape(text, o.raw());
            text.append('\n');
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY sharing_object (date_added, stix_id, stix_type, spec_version, version, version_text,"
                                    + " sender_party, sent_by, target_group, tlp, recipients, markings, refs,"
                                    + " created_by_ref, name, raw) FROM STDIN",
                            new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw new IllegalStateException("Writing shared objects failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** Marks every row of these ids that now shares its id with another row. */
    void markVersioned(List<String> ids) {
        jdbc.sql(
                        "UPDATE sharing_object SET has_other_versions = true WHERE NOT has_other_versions AND stix_id IN"
                                + " (SELECT stix_id FROM sharing_object WHERE stix_id = ANY(?) GROUP BY stix_id HAVING count(*) > 1)")
                .param(ids.toArray(String[]::new))
                .update();
    }

    private static void field(StringBuilder b, String value) {
        escape(b, value);
        b.append('\t');
    }

    /** A text[] literal, each element quoted. */
    private static void array(StringBuilder b, List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        field(b, literal.append('}').toString());
    }

    /** COPY text format: backslash, tab, newline and carriage return escaped. */
    private static void escape(StringBuilder b, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
    }
}
