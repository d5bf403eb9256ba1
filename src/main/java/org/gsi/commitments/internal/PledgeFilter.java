package org.gsi.commitments.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Optional filters of the pledge list: pledging party, priority area, unit kind, beneficiary. */
record PledgeFilter(String party, String area, String unit, String beneficiary) {

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
        return sql.toString();
    }

    JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec) {
        JdbcClient.StatementSpec s = spec;
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
        return s;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
