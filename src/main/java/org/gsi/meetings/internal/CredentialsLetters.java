package org.gsi.meetings.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.meetings.internal.MeetingStore.Registration;
import org.gsi.meetings.internal.MeetingViews.LetterView;
import org.gsi.platform.Actor;
import org.gsi.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials letter (note verbale) of a delegation: uploaded by the registering party, read only by that
 * party, the organiser (who sees it when approving) and the secretariat; "not found" for everyone else.
 */
@Service
class CredentialsLetters {

    /** A letter's record and where its bytes are. */
    record StoredLetter(LetterView view, Path file) {}

    private final MeetingStore store;
    private final MeetingService meetings;
    private final DelegationService delegations;
    private final DocumentFiles files;
    private final AuditLog audit;

    CredentialsLetters(
            MeetingStore store,
            MeetingService meetings,
            DelegationService delegations,
            DocumentFiles files,
            AuditLog audit) {
        this.store = store;
        this.meetings = meetings;
        this.delegations = delegations;
        this.files = files;
        this.audit = audit;
    }

    /** Attaches (or replaces) the letter of the actor's own delegation. */
    @Transactional
    LetterView upload(Actor actor, UUID registration, String filename, InputStream content) {
        Registration reg = delegations.own(actor, registration, "upload-credentials");
        DocumentFiles.StoredFile f = files.store("file", filename, content);
        store.letter(registration, f);
        reg.letter().ifPresent(old -> files.forget(old.sha256()));
        audit.record(
                actor,
                "upload-credentials",
                "delegation",
                registration.toString(),
                reg.party(),
                "Credentials letter " + f.filename() + " sha256:" + f.sha256());
        return LetterView.of(f);
    }

    @Transactional(readOnly = true)
    StoredLetter find(UUID registration, String reader) {
        Registration reg = delegations.registration(registration);
        MeetingRow m = meetings.readable(reg.meeting(), reader);
        if (!DelegationService.shown(reg, m, reader)) {
            throw new NotFoundException("credentials letter", registration.toString());
        }
        DocumentFiles.StoredFile f =
                reg.letter().orElseThrow(() -> new NotFoundException("credentials letter", registration.toString()));
        return new StoredLetter(LetterView.of(f), files.path(f.sha256()));
    }
}
