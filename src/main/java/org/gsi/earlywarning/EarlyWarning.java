package org.gsi.earlywarning;

import java.util.Optional;
import java.util.UUID;

/** Early warning as other modules read it. */
public interface EarlyWarning {

    /** A situation, if {@code readerParty} (empty for an anonymous reader) may see it. */
    Optional<SituationRef> situation(UUID id, String readerParty);

    /** An incident report by its report id, with the party that reported it. */
    Optional<IncidentReport> incidentReport(String reportId);
}
