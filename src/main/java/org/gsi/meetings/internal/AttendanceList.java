package org.gsi.meetings.internal;

import java.util.List;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.meetings.internal.MeetingStore.Registration;
import org.gsi.meetings.internal.MeetingViews.AttendeeView;
import org.gsi.meetings.internal.MeetingViews.DelegationView;
import org.gsi.platform.Actor;
import org.gsi.platform.ConflictException;
import org.gsi.platform.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was present: the organiser marks members of approved delegations; each party sees its own people in the
 * list, the organiser and the secretariat everyone.
 */
@Service
class AttendanceList {

    private final MeetingStore store;
    private final MeetingService meetings;
    private final DelegationService delegations;
    private final AuditLog audit;

    AttendanceList(MeetingStore store, MeetingService meetings, DelegationService delegations, AuditLog audit) {
        this.store = store;
        this.meetings = meetings;
        this.delegations = delegations;
        this.audit = audit;
    }

    @Transactional
    DelegationView markAttended(Actor actor, UUID registrationId, String name) {
        Registration reg = delegations.registration(registrationId);
        MeetingRow m = meetings.organised(actor, reg.meeting(), "record-attendance");
        if (!reg.status().equals("APPROVED") || name == null || !store.markAttended(registrationId, name)) {
            throw new ConflictException(Message.of("meetings.conflict.attendance"));
        }
        audit.record(
                actor, "record-attendance", "delegation", registrationId.toString(), reg.party(), name + " attended");
        return delegations.view(delegations.registration(registrationId), m, actor.partyCode());
    }

    /** Persons marked present, by registration in order of arrival, as far as the reader may see them. */
    @Transactional(readOnly = true)
    List<AttendeeView> attendance(UUID id, String reader) {
        MeetingRow m = meetings.readable(id, reader);
        return store.registrations(id).stream()
                .filter(r -> DelegationService.shown(r, m, reader))
                .flatMap(r -> store.delegates(r.id()).stream()
                        .filter(MeetingViews.PersonView::attended)
                        .map(p -> new AttendeeView(r.party(), p.name(), p.function())))
                .toList();
    }
}
