package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gsi.commitments.PledgeStatus;

/**
 * Computes a pledge's status on a day from what was delivered by that day.
 *
 * <p>The rule, in order:
 *
 * <ol>
 *   <li><b>met</b> when the cumulative delivery reaches the target (on or before the day);
 *   <li><b>lapsed</b> when the day is after the period's end and the target was not reached;
 *   <li>otherwise the linear path gives the expected delivery: target × d / n, where n is the
 *       number of days in the period (start and end included) and d the days elapsed (start to the
 *       day, included, clamped to 0..n). Before the period starts nothing is expected;
 *   <li><b>on track</b> when the delivery is at least expected × (1 − tolerance); the default
 *       tolerance is 10 %, so a pledge 9 % under its path is on track and one 11 % under is behind;
 *   <li><b>behind</b> otherwise.
 * </ol>
 */
final class StatusPolicy {

    static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

    private final BigDecimal tolerance;

    StatusPolicy(BigDecimal tolerance) {
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("Tolerance must lie in [0, 1): " + tolerance);
        }
        this.tolerance = tolerance;
    }

    static StatusPolicy standard() {
        return new StatusPolicy(DEFAULT_TOLERANCE);
    }

    PledgeStatus status(BigDecimal target, Period period, BigDecimal delivered, LocalDate day) {
        if (delivered.compareTo(target) >= 0) {
            return PledgeStatus.MET;
        }
        if (day.isAfter(period.end())) {
            return PledgeStatus.LAPSED;
        }
        BigDecimal floor = expected(target, period, day).multiply(BigDecimal.ONE.subtract(tolerance));
        return delivered.compareTo(floor) >= 0 ? PledgeStatus.ON_TRACK : PledgeStatus.BEHIND;
    }

    /**
     * The same rule in SQL, for lists that filter or sort by status: the status ({@code met}, {@code lapsed},
     * {@code on_track} or {@code behind}) of the pledge row {@code p} of {@code commitments_pledge} on the day bound
     * as {@code :today}, from its delivered total.
     */
    String sql(String p) {
        String today = "CAST(:today AS date)";
        String days = "(" + p + ".period_end - " + p + ".period_start + 1)";
        String elapsed = "greatest(0, least(" + days + ", " + today + " - " + p + ".period_start + 1))";
        String expected = "round(" + p + ".target * " + elapsed + " / " + days + "::numeric, 4)";
        return "(CASE WHEN " + p + ".delivered_total >= " + p + ".target THEN 'met'"
                + " WHEN " + today + " > " + p + ".period_end THEN 'lapsed'"
                + " WHEN " + p + ".delivered_total >= " + expected + " * (1 - " + tolerance.toPlainString()
                + ") THEN 'on_track' ELSE 'behind' END)";
    }

    /** The statuses in the order a list sorted by status shows them: those that need attention first. */
    static final java.util.List<String> ORDER = java.util.List.of("behind", "lapsed", "on_track", "met");

    /** The position of the row's status in {@link #ORDER}, in SQL (see {@link #sql}). */
    String rankSql(String p) {
        return "array_position(ARRAY['" + String.join("','", ORDER) + "']::text[], " + sql(p) + ")";
    }

    /** Expected cumulative delivery on the day along the linear path, rounded to 4 decimals. */
    BigDecimal expected(BigDecimal target, Period period, LocalDate day) {
        long total = period.days();
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(period.start(), day) + 1));
        return target.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
