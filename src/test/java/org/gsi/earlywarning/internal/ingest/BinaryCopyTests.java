package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rows written in the binary COPY format read back, through PostgreSQL, as the values they were written from: written
 * into the stream, or encoded on their own first (as the importer prepares them) and written later.
 */
@PlatformTest
class BinaryCopyTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyKindOfValueIsStoredAsWritten() throws Exception {
        UUID job = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        String longText = "Bangui — Ouham-Pendé\t\\ دارفور 喀布尔 𝔊 ".repeat(3_000);
        List<String> read = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE binary_copy_check (n INTEGER, t TEXT, code CHAR(3), d DATE, q SMALLINT,"
                    + " i INTEGER, f DOUBLE PRECISION, g NUMERIC(4, 1), u UUID)");
            PGCopyOutputStream out = new PGCopyOutputStream(
                    c.unwrap(PGConnection.class), "COPY binary_copy_check FROM STDIN (FORMAT binary)");
            BinaryCopy rows = new BinaryCopy(out);
            BinaryCopy encoder = BinaryCopy.rowEncoder();
            long[] tenths = {-25, 0, 100, 3, -100, 9_999, 5, -1, 10_000 - 1};
            for (int n = 0; n < tenths.length; n++) {
                // every other row (the first, longer than the encoder's and the stream's buffers, among them) is
                // encoded on its own
                boolean alone = n % 2 == 0;
                (alone ? encoder : rows)
                        .row(9)
                        .int4(n)
                        .text(n == 0 ? longText : "row " + n)
                        .text("MLI")
                        .date(LocalDate.of(1999, 12, 31).plusDays(n * 400L))
                        .int2(n - 4)
                        .int4(n % 2 == 0 ? null : -n * 1_000_000)
                        .float8(n == 1 ? -92.1501 : 32.4835)
                        .numericTenths(tenths[n])
                        .uuid(job);
                if (alone) {
                    rows.encodedRow(encoder.takeRow());
                }
            }
            rows.row(9)
                    .int4(99)
                    .nul()
                    .nul()
                    .date(LocalDate.of(1900, 1, 1))
                    .int2(0)
                    .nul()
                    .nul()
                    .nul()
                    .nul();
            rows.finish();
            out.endCopy();
            try (ResultSet rs = s.executeQuery("SELECT n, t = '" + longText.replace("'", "''") + "', code, d, q, i,"
                    + " f, g, u FROM binary_copy_check ORDER BY n")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 9; i++) {
                        row.append(i == 1 ? "" : " ").append(rs.getString(i));
                    }
                    read.add(row.toString());
                }
            }
        }
        String[] goldstein = {"-2.5", "0.0", "10.0", "0.3", "-10.0", "999.9", "0.5", "-0.1", "999.9"};
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < goldstein.length; n++) {
            expected.add(n + " " + (n == 0 ? "t" : "f") + " MLI "
                    + LocalDate.of(1999, 12, 31).plusDays(n * 400L) + " "
                    + (n - 4) + " " + (n % 2 == 0 ? "null" : Integer.toString(-n * 1_000_000)) + " "
                    + (n == 1 ? "-92.1501" : "32.4835") + " " + goldstein[n] + " " + job);
        }
        expected.add("99 null null 1900-01-01 0 null null null null");
        assertThat(read).containsExactlyElementsOf(expected);
    }
}
