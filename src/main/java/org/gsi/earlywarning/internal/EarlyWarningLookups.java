package org.gsi.earlywarning.internal;

import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.Coordinates;
import org.gsi.earlywarning.DatePrecision;
import org.gsi.earlywarning.EarlyWarning;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.IncidentReport;
import org.gsi.earlywarning.Place;
import org.gsi.earlywarning.SituationRef;
import org.gsi.platform.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The module's public reads: a situation as a reader may see it, an incident report with its reporting party. */
@Service
class EarlyWarningLookups implements EarlyWarning {

    private final JdbcClient jdbc;

    EarlyWarningLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SituationRef> situation(UUID id, String readerParty) {
        return jdbc.sql("SELECT s.id, s.title, s.owner_party FROM earlywarning_situation s WHERE s.id = :id AND "
                        + Visibility.sqlPredicate("s", "parties_concerned"))
                .param("id", id)
                .param("reader", readerParty == null ? "" : readerParty)
                .query((rs, n) -> new SituationRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }

    @Override
    public Optional<IncidentReport> incidentReport(String reportId) {
        return jdbc.sql("SELECT e.source_id, j.submitted_party, e.category, e.event_date, e.date_precision, e.country,"
                        + " e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.actor1, e.actor2,"
                        + " e.fatalities_best FROM earlywarning_event e JOIN earlywarning_import_job j ON j.id ="
                        + " e.import_job WHERE e.source = :source AND e.source_id = :id")
                .param("source", EventSource.INCIDENTS.formatKey())
                .param("id", reportId)
                .query((rs, n) -> {
                    double lat = rs.getDouble(10);
                    Optional<Coordinates> point =
                            rs.wasNull() ? Optional.empty() : Optional.of(new Coordinates(lat, rs.getDouble(11)));
                    int deaths = rs.getInt(14);
                    Optional<Integer> fatalities = rs.wasNull() ? Optional.empty() : Optional.of(deaths);
                    return new IncidentReport(
                            rs.getString(1),
                            rs.getString(2),
                            EventCategory.valueOf(rs.getString(3)),
                            rs.getDate(4).toLocalDate(),
                            DatePrecision.valueOf(rs.getString(5)),
                            new Place(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), point),
                            rs.getString(12),
                            rs.getString(13),
                            fatalities);
                })
                .optional();
    }
}
