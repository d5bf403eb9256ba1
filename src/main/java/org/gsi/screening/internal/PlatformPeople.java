package org.gsi.screening.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gsi.cooperation.ProjectPartners;
import org.gsi.meetings.Delegates;
import org.gsi.registry.ContactPersons;
import org.gsi.registry.Registry;
import org.gsi.training.Trainees;
import org.springframework.stereotype.Component;

/**
 * The platform's own people to screen, read through the other modules' interfaces: trainees of current courses (the
 * course's organiser answers for them), members of delegations to coming meetings (the meeting's organiser), people
 * named in contact points (their party), and organisations taking part in running projects (the project's
 * initiator); states taking part in projects are not screened.
 */
@Component
class PlatformPeople {

    private final Trainees trainees;
    private final Delegates delegates;
    private final ContactPersons contacts;
    private final ProjectPartners partners;
    private final Registry registry;

    PlatformPeople(
            Trainees trainees,
            Delegates delegates,
            ContactPersons contacts,
            ProjectPartners partners,
            Registry registry) {
        this.trainees = trainees;
        this.delegates = delegates;
        this.contacts = contacts;
        this.partners = partners;
        this.registry = registry;
    }

    static String delegateRef(Object registration, Object name) {
        return registration + "/" + String.valueOf(name).trim().toLowerCase(Locale.ROOT);
    }

    static String partnerRef(Object project, Object party) {
        return project + "/" + party;
    }

    Map<SubjectStore.Kind, List<SubjectStore.Spec>> current() {
        Map<SubjectStore.Kind, List<SubjectStore.Spec>> out = new EnumMap<>(SubjectStore.Kind.class);
        List<SubjectStore.Spec> t = new ArrayList<>();
        for (Trainees.Trainee x : trainees.current()) {
            t.add(new SubjectStore.Spec(
                    SubjectStore.Kind.TRAINEE,
                    x.nomination().value().toString(),
                    x.organiser(),
                    x.name(),
                    "PERSON",
                    null,
                    null,
                    x.courseTopic(),
                    "/training/courses/" + x.course().value()));
        }
        out.put(SubjectStore.Kind.TRAINEE, t);
        List<SubjectStore.Spec> d = new ArrayList<>();
        for (Delegates.Delegate x : delegates.current()) {
            d.add(new SubjectStore.Spec(
                    SubjectStore.Kind.DELEGATE,
                    delegateRef(x.registration().value(), x.name()),
                    x.organiser(),
                    x.name(),
                    "PERSON",
                    null,
                    null,
                    x.meetingTitle(),
                    "/meetings/" + x.meeting().value()));
        }
        out.put(SubjectStore.Kind.DELEGATE, d);
        List<SubjectStore.Spec> c = new ArrayList<>();
        for (ContactPersons.ContactPerson x : contacts.all()) {
            c.add(new SubjectStore.Spec(
                    SubjectStore.Kind.CONTACT,
                    x.contact().toString(),
                    x.party(),
                    x.person(),
                    "PERSON",
                    null,
                    null,
                    x.office(),
                    "/parties/" + x.party()));
        }
        out.put(SubjectStore.Kind.CONTACT, c);
        List<SubjectStore.Spec> p = new ArrayList<>();
        for (ProjectPartners.Partner x : partners.current()) {
            registry.find(x.party())
                    .filter(party -> !party.isCountry())
                    .ifPresent(party -> p.add(new SubjectStore.Spec(
                            SubjectStore.Kind.PARTNER,
                            partnerRef(x.project().value(), x.party()),
                            x.initiator(),
                            party.name("en"),
                            "ORGANISATION",
                            null,
                            null,
                            x.projectTitle(),
                            "/projects/" + x.project().value())));
        }
        out.put(SubjectStore.Kind.PARTNER, p);
        return out;
    }
}
