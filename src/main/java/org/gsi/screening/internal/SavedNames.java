package org.gsi.screening.internal;

import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names a party keeps under watch: screened when saved and again whenever a list changes; the party's focal points
 * are told of new possible matches. Seen by the party and the secretariat; the platform's own people are watched the
 * same way without being saved.
 */
@Service
class SavedNames {

    private final SubjectStore subjects;
    private final Rescreening rescreening;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    SavedNames(SubjectStore subjects, Rescreening rescreening, AuditLog audit, TransactionTemplate tx) {
        this.subjects = subjects;
        this.rescreening = rescreening;
        this.audit = audit;
        this.tx = tx;
    }

    record SavedNameRequest(String name, String type, String birthDate, String nationality, String note) {}

    public SubjectStore.Subject save(Actor actor, SavedNameRequest r) {
        ScreeningAccess.requireChecker(actor, "save-name");
        Screener.Asked asked =
                Screener.ask(r.name(), r.type(), r.birthDate(), r.nationality(), null, Screener.defaultThreshold());
        UUID id = tx.execute(status -> create(actor, asked, r.note()));
        rescreening.screenNow(id);
        return subjects.find(id).orElseThrow();
    }

    private UUID create(Actor actor, Screener.Asked asked, String note) {
        UUID id = subjects.upsert(
                new SubjectStore.Spec(
                        SubjectStore.Kind.SAVED,
                        UUID.randomUUID().toString(),
                        actor.partyCode(),
                        asked.name(),
                        asked.type() == null ? "PERSON" : asked.type().name(),
                        asked.birthDate(),
                        asked.nationality(),
                        note == null ? "" : note.trim(),
                        null),
                actor.username());
        audit.record(actor, "save-name", "screening-subject", id.toString(), "Saved a name for re-screening");
        return id;
    }

    SubjectStore.Subject get(String reader, UUID id) {
        return subjects.find(id)
                .filter(s -> s.active() && ScreeningAccess.seesChecksOf(reader, s.owner()))
                .orElseThrow(() -> new NotFoundException("watched name", id.toString()));
    }

    PageView<SubjectStore.Subject> list(String reader, String kind, int page, int size) {
        PageView.checkPaging(page, size);
        SubjectStore.Kind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = SubjectStore.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", Message.of("screening.refused.kind"));
            }
        }
        return subjects.list(reader, reader.equals(ScreeningAccess.SECRETARIAT), k, page, size);
    }

    @Transactional
    public void remove(Actor actor, UUID id) {
        SubjectStore.Subject s = get(actor.partyCode(), id);
        if (s.kind() != SubjectStore.Kind.SAVED) {
            throw new NotFoundException("saved name", id.toString());
        }
        actor.require(Permission.EDIT_PARTY_RECORDS, s.owner(), "remove", "screening-subject", id.toString());
        subjects.retire(id);
        audit.record(actor, "remove", "screening-subject", id.toString(), s.owner(), "Stopped watching a saved name");
    }
}
