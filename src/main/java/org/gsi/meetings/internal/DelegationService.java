package org.gsi.meetings.internal;

import static org.gsi.meetings.internal.MeetingInput.function;
import static org.gsi.meetings.internal.MeetingInput.require;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.meetings.internal.MeetingStore.Registration;
import org.gsi.meetings.internal.MeetingViews.DelegationRequest;
import org.gsi.meetings.internal.MeetingViews.DelegationView;
import org.gsi.meetings.internal.MeetingViews.LetterView;
import org.gsi.meetings.internal.MeetingViews.PersonRequest;
import org.gsi.meetings.internal.MeetingViews.PersonView;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.registry.PartyKind;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegations and registered participants of a meeting. Places are counted in persons; a registration that
 * fits while nobody waits gets its places pending approval, otherwise it joins the waiting list, which is
 * promoted strictly in order of arrival whenever places free up. Every change raises the meeting's calendar
 * sequence. Think tanks, academies and NGOs register participants at forums; states and organisations
 * register delegations.
 */
@Service
class DelegationService {

    private final MeetingStore store;
    private final MeetingService meetings;
    private final Registry registry;
    private final AuditLog audit;
    private final Notifications notifications;

    DelegationService(
            MeetingStore store,
            MeetingService meetings,
            Registry registry,
            AuditLog audit,
            Notifications notifications) {
        this.store = store;
        this.meetings = meetings;
        this.registry = registry;
        this.audit = audit;
        this.notifications = notifications;
    }

    /** Registers the actor's party: pending approval if it fits, otherwise on the waiting list. */
    @Transactional
    DelegationView register(Actor actor, UUID id, DelegationRequest r) {
        String party = actor.partyCode();
        MeetingRow m = meetings.readable(id, party);
        actor.require(Permission.EDIT_PARTY_RECORDS, party, "register", "meeting", id.toString());
        MeetingService.requireOpen(m);
        if (!m.isForum() && !m.invited().contains(party) && !party.equals(m.organiser())) {
            throw new ForbiddenException(party + " is not invited to " + m.title());
        }
        List<PersonRequest> people = people(r);
        store.lock(id);
        List<Registration> all = store.registrations(id);
        if (all.stream().anyMatch(x -> x.party().equals(party) && active(x))) {
            throw new ConflictException(Message.of("meetings.conflict.registered", party));
        }
        String status = new WaitingList(m.capacity()).admit(places(all), people.size());
        UUID rid = UUID.randomUUID();
        store.insertRegistration(rid, id, party, status, r.credentials(), kind(party));
        for (int i = 0; i < people.size(); i++) {
            store.insertDelegate(rid, people.get(i).name().strip(), function(people.get(i)), i == 0);
        }
        store.bumpSequence(id);
        audit.record(
                actor,
                "register",
                "delegation",
                rid.toString(),
                m.organiser(),
                party + " registered " + people.size() + " persons (" + status.toLowerCase(Locale.ROOT) + ")");
        return view(registration(rid), m, actor.partyCode());
    }

    /** Think tanks, academies and NGOs take part as registered participants, not as delegations. */
    private String kind(String party) {
        return registry.find(party)
                        .map(p -> p.kind() == PartyKind.INSTITUTION || p.kind() == PartyKind.NGO)
                        .orElse(false)
                ? "PARTICIPANTS"
                : "DELEGATION";
    }

    private static List<PersonRequest> people(DelegationRequest r) {
        require(
                r != null
                        && r.head() != null
                        && r.head().name() != null
                        && !r.head().name().isBlank(),
                "head",
                Message.of("meetings.refused.head"));
        List<PersonRequest> people = new ArrayList<>();
        people.add(r.head());
        if (r.members() != null) {
            people.addAll(r.members());
        }
        Set<String> names = new HashSet<>();
        for (PersonRequest p : people) {
            require(
                    p != null && p.name() != null && !p.name().isBlank(),
                    "members",
                    Message.of("meetings.refused.members"));
            if (!names.add(p.name().strip().toLowerCase(Locale.ROOT))) {
                throw new ConflictException(
                        Message.of("meetings.conflict.listedTwice", p.name().strip()));
            }
        }
        return people;
    }

    @Transactional
    DelegationView decide(Actor actor, UUID registrationId, boolean approve) {
        Registration reg = registration(registrationId);
        MeetingRow m = meetings.organised(actor, reg.meeting(), approve ? "approve" : "reject");
        store.lock(m.id());
        if (approve && !reg.status().equals("PENDING")) {
            throw new ConflictException(Message.of("meetings.conflict.notPending", status(reg.status())));
        }
        if (!approve) {
            requireActive(reg);
        }
        store.status(registrationId, approve ? "APPROVED" : "REJECTED");
        store.bumpSequence(m.id());
        audit.record(
                actor,
                approve ? "approve" : "reject",
                "delegation",
                registrationId.toString(),
                reg.party(),
                (approve ? "Approved" : "Did not approve") + " the delegation of " + reg.party());
        if (!approve) {
            promote(m);
        }
        return view(registration(registrationId), m, actor.partyCode());
    }

    @Transactional
    DelegationView withdraw(Actor actor, UUID registrationId) {
        Registration reg = own(actor, registrationId, "withdraw");
        MeetingRow m = meetings.readable(reg.meeting(), actor.partyCode());
        store.lock(m.id());
        requireActive(reg);
        store.status(registrationId, "WITHDRAWN");
        store.bumpSequence(m.id());
        audit.record(
                actor, "withdraw", "delegation", registrationId.toString(), m.organiser(), reg.party() + " withdrew");
        promote(m);
        return view(registration(registrationId), m, actor.partyCode());
    }

    @Transactional
    DelegationView addMember(Actor actor, UUID registrationId, PersonRequest p) {
        Registration reg = own(actor, registrationId, "add-member");
        MeetingRow m = meetings.readable(reg.meeting(), actor.partyCode());
        MeetingService.requireOpen(m);
        require(
                p != null && p.name() != null && !p.name().isBlank(),
                "name",
                Message.of("meetings.refused.memberName"));
        store.lock(m.id());
        requireActive(reg);
        if (store.delegates(registrationId).stream()
                .anyMatch(d -> d.name().equalsIgnoreCase(p.name().strip()))) {
            throw new ConflictException(
                    Message.of("meetings.conflict.member", p.name().strip()));
        }
        if (WaitingList.HOLDING.contains(reg.status())
                && !new WaitingList(m.capacity()).hasRoomFor(places(store.registrations(m.id())), 1)) {
            throw new ConflictException(
                    Message.of("meetings.conflict.full", m.capacity(), p.name().strip()));
        }
        store.insertDelegate(registrationId, p.name().strip(), function(p), false);
        store.bumpSequence(m.id());
        audit.record(actor, "add-member", "delegation", registrationId.toString(), m.organiser(), "Added a member");
        return view(registration(registrationId), m, actor.partyCode());
    }

    /** Removes a member (not the head) from the actor's own delegation; freed places go to the waiting list. */
    @Transactional
    DelegationView removeMember(Actor actor, UUID registrationId, String name) {
        Registration reg = own(actor, registrationId, "remove-member");
        MeetingRow m = meetings.readable(reg.meeting(), actor.partyCode());
        MeetingService.requireOpen(m);
        store.lock(m.id());
        requireActive(reg);
        PersonView person = store.delegates(registrationId).stream()
                .filter(d -> name != null && d.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("delegation member", String.valueOf(name)));
        if (person.head()) {
            throw new ConflictException(Message.of("meetings.conflict.head"));
        }
        store.removeDelegate(registrationId, person.name());
        store.bumpSequence(m.id());
        audit.record(
                actor, "remove-member", "delegation", registrationId.toString(), m.organiser(), "Removed a member");
        promote(m);
        return view(registration(registrationId), m, actor.partyCode());
    }

    /** Registrations with their members and letters for the party itself, the organiser and the secretariat. */
    @Transactional(readOnly = true)
    List<DelegationView> delegations(UUID id, String reader) {
        MeetingRow m = meetings.readable(id, reader);
        return store.registrations(id).stream().map(r -> view(r, m, reader)).toList();
    }

    private void promote(MeetingRow m) {
        List<Registration> all = store.registrations(m.id());
        List<UUID> promoted = new WaitingList(m.capacity()).promote(places(all));
        for (Registration r : all) {
            if (!promoted.contains(r.id())) {
                continue;
            }
            store.status(r.id(), "PENDING");
            audit.recordSystem(
                    "meetings",
                    "promote",
                    "delegation",
                    r.id().toString(),
                    r.party() + " promoted from the waiting list");
            notifications.toPartyFocalPoints(
                    r.party(), Notice.of("delegation-promoted", "/meetings/" + m.id(), m::readableBy, m.title()));
        }
    }

    /** Whether the reader sees a registration's members and letter: its party, the organiser, the secretariat. */
    static boolean shown(Registration r, MeetingRow m, String reader) {
        return reader.equals(r.party()) || reader.equals(m.organiser()) || reader.equals(MeetingService.SECRETARIAT);
    }

    DelegationView view(Registration r, MeetingRow m, String reader) {
        boolean shown = shown(r, m, reader);
        return new DelegationView(
                r.id(),
                r.party(),
                r.kind().toLowerCase(Locale.ROOT),
                r.status().toLowerCase(Locale.ROOT),
                r.size(),
                shown ? r.credentials() : null,
                shown ? r.letter().map(LetterView::of).orElse(null) : null,
                shown ? store.delegates(r.id()) : null);
    }

    static List<WaitingList.Place> places(List<Registration> all) {
        return all.stream()
                .map(r -> new WaitingList.Place(r.id(), r.status(), r.size()))
                .toList();
    }

    private static void requireActive(Registration r) {
        if (!active(r)) {
            throw new ConflictException(Message.of("meetings.conflict.closed", status(r.status())));
        }
    }

    private static boolean active(Registration r) {
        return WaitingList.HOLDING.contains(r.status()) || r.status().equals("WAITING");
    }

    /** A registration the actor's party made; others' are not found when the meeting is hidden, else 403. */
    Registration own(Actor actor, UUID registrationId, String action) {
        Registration reg = registration(registrationId);
        meetings.readable(reg.meeting(), actor.partyCode());
        actor.require(Permission.EDIT_PARTY_RECORDS, reg.party(), action, "delegation", registrationId.toString());
        return reg;
    }

    Registration registration(UUID id) {
        return store.registration(id).orElseThrow(() -> new NotFoundException("delegation", id.toString()));
    }

    /** A delegation's status as a word of the bundles. */
    private static Message status(String status) {
        return Message.of("meetings.status." + status.toLowerCase(Locale.ROOT));
    }
}
