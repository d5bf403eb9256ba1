package org.gsi.commitments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The status a list filters and sorts by in SQL is the status the pledge shows, on every side of every boundary. */
@PlatformTest
class StatusPolicySqlTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSqlRuleGivesTheStatusOfTheJavaRule() {
        StatusPolicy policy = StatusPolicy.standard();
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        BigDecimal target = new BigDecimal("365");
        int checked = 0;
        for (LocalDate day : new LocalDate[] {
            start.minusDays(1), start, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 7, 1), end, end.plusDays(1)
        }) {
            for (String delivered :
                    new String[] {"0", "1", "89", "90", "90.0001", "99", "100", "163", "164", "200", "364.99", "365"}) {
                String expected = policy.status(target, new Period(start, end), new BigDecimal(delivered), day)
                        .name()
                        .toLowerCase(Locale.ROOT);
                String sql = jdbc.sql("SELECT " + policy.sql("p") + " FROM (VALUES (CAST(:delivered AS numeric),"
                                + " CAST(:target AS numeric), CAST(:start AS date), CAST(:end AS date)))"
                                + " AS p(delivered_total, target, period_start, period_end)")
                        .param("delivered", new BigDecimal(delivered))
                        .param("target", target)
                        .param("start", start)
                        .param("end", end)
                        .param("today", day)
                        .query(String.class)
                        .single();
                assertThat(sql).as("delivered %s on %s", delivered, day).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(72);
    }
}
