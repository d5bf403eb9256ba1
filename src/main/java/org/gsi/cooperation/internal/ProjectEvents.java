package org.gsi.cooperation.internal;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gsi.cooperation.ConsentDeclined;
import org.gsi.cooperation.ConsentGiven;
import org.gsi.cooperation.ConsentRequested;
import org.gsi.cooperation.ConsentWithdrawn;
import org.gsi.cooperation.ParticipantJoined;
import org.gsi.cooperation.ParticipantRemoved;
import org.gsi.cooperation.ProjectActivated;
import org.gsi.cooperation.ProjectCancelled;
import org.gsi.cooperation.ProjectEvent;
import org.gsi.cooperation.ProjectSuspended;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.notifications.Readers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows the events a project recorded: an entry in its timeline, notices to the parties concerned, and
 * publication for other modules (durably, with the event publication registry).
 */
@Component
class ProjectEvents {

    private final ProjectStore store;
    private final Notifications notifications;
    private final ApplicationEventPublisher publisher;

    ProjectEvents(ProjectStore store, Notifications notifications, ApplicationEventPublisher publisher) {
        this.store = store;
        this.notifications = notifications;
        this.publisher = publisher;
    }

    void handle(Project project, List<ProjectEvent> events, String actor) {
        for (ProjectEvent e : events) {
            store.appendTimeline(project.id(), e.at(), kind(e), party(e), actor, detail(e));
            notify(project, e);
            publisher.publishEvent(e);
        }
    }

    /** Tells the parties concerned, each only if its party may read the project as it now stands. */
    private void notify(Project project, ProjectEvent e) {
        String initiator = project.initiator().value();
        String link = "/projects/" + project.id();
        Readers readers = party -> ProjectViews.mayRead(project, party);
        Notice.Translations title = titles(project.details().title());
        if (e instanceof ConsentRequested r) {
            notifications.toPartyFocalPoints(
                    r.party().value(),
                    Notice.of(
                            "consent-requested",
                            link,
                            readers,
                            title,
                            initiator,
                            r.party().value(),
                            r.deadline().atOffset(ZoneOffset.UTC).toLocalDate()));
        } else if (e instanceof ConsentDeclined d) {
            notifications.toPartyFocalPoints(
                    initiator,
                    Notice.of(
                            "consent-declined", link, readers, title, d.party().value(), d.reason()));
        } else if (e instanceof ConsentWithdrawn w) {
            notifications.toPartyFocalPoints(
                    initiator,
                    Notice.of(
                            "consent-withdrawn", link, readers, title, w.party().value(), w.reason()));
        } else if (e instanceof ConsentGiven g) {
            notifications.toPartyFocalPoints(
                    initiator,
                    Notice.of("consent-given", link, readers, title, g.party().value()));
        } else if (e instanceof ProjectActivated) {
            project.participants()
                    .forEach(p -> notifications.toPartyFocalPoints(
                            p.party().value(), Notice.of("project-activated", link, readers, title)));
        }
    }

    static Notice.Translations titles(LocalizedText text) {
        Map<String, String> texts = new LinkedHashMap<>();
        text.values().forEach((language, value) -> texts.put(language.name().toLowerCase(Locale.ROOT), value));
        return new Notice.Translations(texts.isEmpty() ? Map.of("en", "") : texts);
    }

    static String kind(ProjectEvent e) {
        return e.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    private static String party(ProjectEvent e) {
        if (e instanceof ConsentRequested r) {
            return r.party().value();
        } else if (e instanceof ConsentGiven g) {
            return g.party().value();
        } else if (e instanceof ConsentDeclined d) {
            return d.party().value();
        } else if (e instanceof ConsentWithdrawn w) {
            return w.party().value();
        } else if (e instanceof ParticipantJoined j) {
            return j.party().value();
        } else if (e instanceof ParticipantRemoved r) {
            return r.party().value();
        }
        return null;
    }

    private static String detail(ProjectEvent e) {
        if (e instanceof ConsentDeclined d) {
            return d.reason();
        } else if (e instanceof ConsentWithdrawn w) {
            return w.reason();
        } else if (e instanceof ProjectSuspended s) {
            return s.reason();
        } else if (e instanceof ProjectCancelled c) {
            return c.reason();
        } else if (e instanceof ConsentRequested r) {
            return "answer by " + r.deadline();
        } else if (e instanceof ParticipantJoined j) {
            return j.roles().stream()
                    .map(x -> x.name().toLowerCase(Locale.ROOT))
                    .sorted()
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
        }
        return "";
    }
}
