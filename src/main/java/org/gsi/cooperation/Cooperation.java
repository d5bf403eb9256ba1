package org.gsi.cooperation;

import java.util.List;
import java.util.Optional;

/** Cooperation projects as other modules read them; always filtered to what the current reader may see. */
public interface Cooperation {

    Optional<ProjectSummary> find(ProjectId id);

    /** Projects in which {@code party} initiates or takes part, newest first (at most {@code limit}). */
    List<ProjectSummary> projectsOf(String party, int limit);
}
