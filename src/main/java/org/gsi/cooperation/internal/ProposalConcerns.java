package org.gsi.cooperation.internal;

import org.gsi.cooperation.ProjectProposed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Matches a project against the registered security concerns once its proposal is committed: each concern it
 * touches opens a consultation and its party is told. Heard again after a crash, or after an activation that
 * matched it first, it finds the project matched and does nothing.
 */
@Component
class ProposalConcerns {

    private final ProjectStore store;
    private final ProjectService projects;

    ProposalConcerns(ProjectStore store, ProjectService projects) {
        this.store = store;
        this.projects = projects;
    }

    @ApplicationModuleListener
    void on(ProjectProposed proposed) {
        store.load(proposed.projectId(), ConsentPolicy.DEFAULT)
                .ifPresent(stored -> projects.matchConcerns(stored.project()));
    }
}
