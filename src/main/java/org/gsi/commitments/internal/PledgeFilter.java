package org.gsi.commitments.internal;

import java.time.LocalDate;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
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

    /**
     * The filters as an address gives them (the ledger's pages, the API's list and the CSV download read them alike):
     * a unit named as the API names it, a status of {@link StatusPolicy#ORDER}, a year as the period; a value that is
     * none of these is refused, naming its field.
     */
    static PledgeFilter of(String party, String area, String unit, String beneficiary, String status, String period) {
        String unitKind = present(unit) ? PledgeRequests.unitKind(unit).name() : null;
        return new PledgeFilter(party, area, unitKind, beneficiary, status(status), year(period));
    }

    /** A status filter of the address: one of the four statuses, or none. */
    private static String status(String status) {
        if (!present(status)) {
            return null;
        }
        if (!StatusPolicy.ORDER.contains(status)) {
            throw new InvalidInputException(
                    "status", Message.of("lists.refused.status", String.join(", ", StatusPolicy.ORDER)));
        }
        return status;
    }

    /** A period filter of the address: a year the pledge's period overlaps, or none. */
    private static Integer year(String period) {
        if (!present(period)) {
            return null;
        }
        try {
            int year = Integer.parseInt(period.strip());
            if (year >= 1900 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("period", Message.of("lists.refused.period", period));
    }

    /** The unit as the address names it (lower case), none without one; public for the pages' links. */
    public String unitParameter() {
        return unit == null ? null : unit.toLowerCase(java.util.Locale.ROOT);
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
