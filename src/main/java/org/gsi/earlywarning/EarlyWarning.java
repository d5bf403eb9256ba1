package org.gsi.earlywarning;

import java.util.Optional;
import java.util.UUID;

/** Early warning as other modules read it. */
public interface EarlyWarning {

    /** A situation, if {@code readerParty} (empty for an anonymous reader) may see it. */
    Optional<SituationRef> situation(UUID id, String readerParty);

    /**
     * An incident report of {@code reportingParty} by the id its file gave it ({@code R-1}, or as stored, {@code CHN:R-1}):
     * reports are kept under their party, so one party's id never finds another's report.
     */
    Optional<IncidentReport> incidentReport(String reportingParty, String reportId);
}
