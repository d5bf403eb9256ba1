package org.gsi.cooperation;

import java.util.List;

/** The parties taking part in running projects, as other modules read them for the platform's own checks. */
public interface ProjectPartners {

    /**
     * The participants other than the initiator of every project that is neither completed nor cancelled, with the
     * initiator: the party that answers for checking its partners.
     */
    List<Partner> current();

    /** A party taking part in a project. */
    record Partner(ProjectId project, String projectTitle, String initiator, String party) {}
}
