package org.gsi.cooperation.internal;

import java.util.List;
import java.util.Locale;
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
        String title = ProjectViews.title(project.details().title(), "en");
        String link = "/projects/" + project.id();
        for (ProjectEvent e : events) {
            store.appendTimeline(project.id(), e.at(), kind(e), party(e), actor, detail(e));
            notify(project, e, title, link);
            publisher.publishEvent(e);
        }
    }

    private void notify(Project project, ProjectEvent e, String title, String link) {
        String initiator = project.initiator().value();
        if (e instanceof ConsentRequested r) {
            notifications.toPartyFocalPoints(
                    r.party().value(),
                    new Notice(
                            "consent-requested",
                            "Consent requested: " + title,
                            initiator + " proposes that " + r.party() + " takes part in \"" + title
                                    + "\". Only your focal point can give or decline consent; please answer by "
                                    + r.deadline() + ".",
                            link));
        } else if (e instanceof ConsentDeclined d) {
            toInitiator(initiator, "consent-declined", d.party() + " declined: " + title, d.reason(), link);
        } else if (e instanceof ConsentWithdrawn w) {
            toInitiator(
                    initiator, "consent-withdrawn", w.party() + " withdrew its consent: " + title, w.reason(), link);
        } else if (e instanceof ConsentGiven g) {
            toInitiator(initiator, "consent-given", g.party() + " consented: " + title, "Consent given.", link);
        } else if (e instanceof ProjectActivated) {
            project.participants()
                    .forEach(p -> notifications.toPartyFocalPoints(
                            p.party().value(),
                            new Notice(
                                    "project-activated",
                                    "Project active: " + title,
                                    "Every participant consented; the project is now active.",
                                    link)));
        }
    }

    private void toInitiator(String initiator, String kind, String noticeTitle, String body, String link) {
        notifications.toPartyFocalPoints(initiator, new Notice(kind, noticeTitle, body, link));
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
