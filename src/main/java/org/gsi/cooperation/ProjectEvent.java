package org.gsi.cooperation;

import java.time.Instant;

/** Something that happened to a project, recorded by the project itself. */
public sealed interface ProjectEvent
        permits ProjectProposed,
                ProjectActivated,
                ProjectSuspended,
                ProjectResumed,
                ProjectCompleted,
                ProjectCancelled,
                ParticipantJoined,
                ParticipantRemoved,
                ConsentRequested,
                ConsentGiven,
                ConsentDeclined,
                ConsentWithdrawn {

    ProjectId projectId();

    Instant at();
}
