package org.gsi.commitments.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optional filters of the pledge list: pledging party, priority area, unit kind, beneficiary, status on the day the
 * list is read ({@code on_track}, {@code behind}, {@code met}, {@code lapsed}) and a year the pledge's period overlaps.
 */
record PledgeFilter(String party, String area, String unit, String beneficiary, String status, Integer year) {

    PledgeFilter(String party, String area, String unit, String beneficiary) {
        this(party, area, unit, beneficiary, null, null);
    }

    static PledgeFilter none() {
        return new PledgeFilter(null, null, null, null);
    }

    String where() {
        StringBuilder sql = new StringBuilder();
        if (present(party)) {
            sql.append(" AND p.owner_party = :party");
        }
        if (present(area)) {
            sql.append(" AND :area = ANY(p.priority_areas)");
        }
        if (present(unit)) {
            sql.append(" AND p.unit_kind = :unit");
        }
        if (present(beneficiary)) {
            sql.append(" AND :beneficiary = ANY(p.participants)");
        }
        if (present(status)) {
            sql.append(" AND ").append(StatusPolicy.standard().sql("p")).append(" = :status");
        }
        if (year != null) {
            sql.append(" AND p.period_start <= :yearEnd AND p.period_end >= :yearStart");
        }
        return sql.toString();
    }

    /** Binds the filters' values, and the day statuses are computed for. */
    JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
        JdbcClient.StatementSpec s = spec.param("today", LocalDate.now());
        if (present(party)) {
            s = s.param("party", party);
        }
        if (present(area)) {
            s = s.param("area", area);
        }
        if (present(unit)) {
            s = s.param("unit", unit);
        }
        if (present(beneficiary)) {
            s = s.param("beneficiary", beneficiary);
        }
        if (present(status)) {
            s = s.param("status", status);
        }
        if (year != null) {
            s = s.param("yearStart", LocalDate.of(year, 1, 1)).param("yearEnd", LocalDate.of(year, 12, 31));
        }
        return s;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
