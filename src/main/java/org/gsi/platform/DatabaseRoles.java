package org.gsi.platform;

import static org.gsi.platform.DatabaseCredentials.APPLICATION;
import static org.gsi.platform.DatabaseCredentials.OWNER;
import static org.gsi.platform.DatabaseCredentials.SUPERUSER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets up, at every start of the embedded server, who may connect and what each role may do; run as the superuser,
 * it changes nothing when all is in place already.
 *
 * <ul>
 *   <li>Every connection authenticates with its password (SCRAM, {@code pg_hba.conf}); no one on the host is
 *       trusted.
 *   <li>{@value DatabaseCredentials#OWNER} owns the schema and everything the migrations create.
 *   <li>{@value DatabaseCredentials#APPLICATION} gets, by default privileges, the rows of every table the owner
 *       creates, now and later; it owns none of them and creates none, so it can neither alter nor disable their
 *       triggers. The audit module's migrations take from it the right to change or remove audit entries.
 *   <li>A data directory of a version that ran everything as the superuser is upgraded: what the superuser owned in
 *       the schema passes to the owner role and the application role gets the rows of the tables that existed.
 *   <li>Tables the application role made for a library at start, in versions before the migrations made them (Spring
 *       Modulith's event publication registry), pass to the owner role; the application role keeps their rows.
 * </ul>
 */
final class DatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    static final String PASSWORDS_ONLY = """
            # Written by the GSI Platform at every start of its embedded server: every connection authenticates
            # with its role's password (SCRAM). The passwords are in <data-dir>/postgres.pgpass.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static final String SETUP = """
            # Written by the GSI Platform while it gives the roles passwords the server does not know yet; replaced
            # by password authentication as soon as they are set, before anything else connects.
            host    all   postgres   127.0.0.1/32   trust
            host    all   postgres   ::1/128        trust
            """;

    private DatabaseRoles() {}

    /**
     * Before the server starts: when the passwords were just generated (a lost password file), lets the superuser in
     * from this host without one, for the moment {@link #secure} needs to set them.
     */
    static void prepare(Path pgData, DatabaseCredentials credentials) {
        Path hba = pgData.resolve("pg_hba.conf");
        if (credentials.fresh() && Files.exists(hba)) {
            write(hba, SETUP);
        }
    }

    /** Creates or updates the roles, upgrades what older versions left, then allows password logins only. */
    static void secure(String jdbcUrl, Path pgData, DatabaseCredentials credentials) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, SUPERUSER, credentials.password(SUPERUSER));
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : roles(credentials)) {
                s.execute(sql);
            }
            List<String> upgrade = upgrade(s);
            for (String sql : upgrade) {
                s.execute(sql);
            }
            if (!upgrade.isEmpty()) {
                log.info("Upgraded the embedded database to its roles: {} objects passed to {}", upgrade.size(), OWNER);
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + APPLICATION);
                s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + APPLICATION);
            }
            c.commit();
            write(pgData.resolve("pg_hba.conf"), PASSWORDS_ONLY);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not set up the roles of the embedded PostgreSQL in " + pgData + ": " + e.getMessage(), e);
        }
    }

    private static List<String> roles(DatabaseCredentials credentials) {
        String limits = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ";
        return List.of(
                "DO $$ BEGIN"
                        + " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + OWNER + "') THEN CREATE ROLE "
                        + OWNER + "; END IF;"
                        + " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATION
                        + "') THEN CREATE ROLE "
                        + APPLICATION + "; END IF; END $$",
                "ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(credentials.password(SUPERUSER)),
                "ALTER ROLE " + OWNER + limits + literal(credentials.password(OWNER)),
                "ALTER ROLE " + APPLICATION + limits + literal(credentials.password(APPLICATION)),
                // trusted extensions (pg_trgm) are created by the database's CREATE right
                "GRANT CREATE ON DATABASE postgres TO " + OWNER,
                "ALTER SCHEMA public OWNER TO " + OWNER,
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "GRANT USAGE ON SCHEMA public TO " + APPLICATION,
                "REVOKE CREATE ON SCHEMA public FROM " + APPLICATION,
                "DO $$ DECLARE t record; BEGIN FOR t IN SELECT c.relname FROM pg_class c"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
                        + " AND c.relkind IN ('r', 'p') AND c.relowner = '" + APPLICATION + "'::regrole LOOP"
                        + " EXECUTE format('ALTER TABLE %I OWNER TO " + OWNER + "', t.relname);"
                        + " EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO " + APPLICATION
                        + "', t.relname); END LOOP; END $$",
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA public"
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + APPLICATION,
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA public"
                        + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + APPLICATION);
    }

    /** The statements that pass to the roles what the superuser owns in the schema (none after the first upgrade). */
    private static List<String> upgrade(Statement s) throws SQLException {
        // the members of extensions stay theirs
        String ownedBySuperuser = " n.nspname = 'public' AND %s = '" + SUPERUSER + "'::regrole"
                + " AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = %s AND d.deptype = 'e')";
        // a sequence of a serial or identity column passes with its table
        String notAColumnsSequence = " AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d"
                + " WHERE d.objid = c.oid AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')))";
        List<String> statements = new ArrayList<>();
        collect(
                s,
                "SELECT format('ALTER %s %I OWNER TO %I', CASE c.relkind WHEN 'v' THEN 'VIEW'"
                        + " WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'"
                        + " ELSE 'TABLE' END, c.relname, '" + OWNER + "')"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND"
                        + ownedBySuperuser.formatted("c.relowner", "c.oid") + notAColumnsSequence,
                statements);
        collect(
                s,
                "SELECT format('ALTER ROUTINE %s OWNER TO " + OWNER + "', p.oid::regprocedure)"
                        + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE"
                        + ownedBySuperuser.formatted("p.proowner", "p.oid"),
                statements);
        collect(
                s,
                "SELECT format('ALTER TYPE %s OWNER TO " + OWNER + "', t.oid::regtype)"
                        + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                        + " WHERE t.typtype IN ('e', 'd') AND"
                        + ownedBySuperuser.formatted("t.typowner", "t.oid"),
                statements);
        return statements;
    }

    private static void collect(Statement s, String query, List<String> into) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }

    /** A password as an SQL literal; the generated ones are letters and digits only. */
    private static String literal(String password) {
        if (!password.matches("[A-Za-z0-9]+")) {
            throw new IllegalStateException("A database password in postgres.pgpass has characters other than letters"
                    + " and digits; delete the file to have new ones generated.");
        }
        return "'" + password + "'";
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
