package org.gsi.cooperation.internal;

import java.util.List;
import java.util.Optional;
import org.gsi.cooperation.Cooperation;
import org.gsi.cooperation.ProjectId;
import org.gsi.cooperation.ProjectStatus;
import org.gsi.cooperation.ProjectSummary;
import org.gsi.platform.Actors;
import org.springframework.stereotype.Service;

/** The module's public interface: projects as other modules may read them, for the current reader. */
@Service
class CooperationService implements Cooperation {

    private final ProjectStore store;
    private final ProjectSearch search;

    CooperationService(ProjectStore store, ProjectSearch search) {
        this.store = store;
        this.search = search;
    }

    @Override
    public Optional<ProjectSummary> find(ProjectId id) {
        return store.load(id, ConsentPolicy.DEFAULT)
                .map(ProjectStore.StoredProject::project)
                .filter(p -> ProjectViews.mayRead(p, Actors.readerParty()))
                .map(p -> new ProjectSummary(
                        p.id(),
                        ProjectViews.title(p.details().title(), "en"),
                        p.status(),
                        p.initiator().value(),
                        p.participants().stream().map(x -> x.party().value()).toList(),
                        p.details().priorityAreas().stream()
                                .map(PriorityArea::code)
                                .sorted()
                                .toList()));
    }

    @Override
    public List<ProjectSummary> projectsOf(String party, int limit) {
        var query = new ProjectSearch.ProjectQuery(
                null, null, null, null, null, party, null, null, 0, Math.max(1, Math.min(limit, 500)));
        return search.search(query, Actors.readerParty()).items().stream()
                .map(r -> new ProjectSummary(
                        new ProjectId(r.id()),
                        r.titleIn("en"),
                        ProjectStatus.valueOf(r.status().toUpperCase(java.util.Locale.ROOT)),
                        r.ownerParty(),
                        r.participants(),
                        r.priorityAreas()))
                .toList();
    }
}
