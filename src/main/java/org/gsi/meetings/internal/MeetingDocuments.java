package org.gsi.meetings.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.meetings.internal.MeetingViews.DocumentView;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of a meeting (agenda, background papers, outcome documents, other), added and deleted by the
 * organiser. Whoever may see the meeting may read its documents. An outcome document may name the negotiated
 * text it records, by id.
 */
@Service
class MeetingDocuments {

    enum Kind {
        AGENDA,
        BACKGROUND,
        OUTCOME,
        OTHER
    }

    /** A document's record and where its bytes are. */
    record StoredDocument(DocumentView view, Path file) {}

    /** What the organiser says about an uploaded file. */
    record Upload(String kind, String title, String negotiatedText, String filename) {}

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final DocumentFiles files;
    private final AuditLog audit;

    MeetingDocuments(JdbcClient jdbc, MeetingService meetings, DocumentFiles files, AuditLog audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.files = files;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<DocumentView> list(UUID meeting, String reader) {
        meetings.readable(meeting, reader);
        return jdbc.sql("SELECT * FROM meetings_document WHERE meeting_id = :m ORDER BY kind, uploaded_at, id")
                .param("m", meeting)
                .query(MeetingDocuments::view)
                .list();
    }

    @Transactional(readOnly = true)
    StoredDocument find(UUID meeting, UUID document, String reader) {
        meetings.readable(meeting, reader);
        DocumentView view = row(meeting, document);
        return new StoredDocument(view, files.path(view.sha256()));
    }

    @Transactional
    DocumentView add(Actor actor, UUID meeting, Upload upload, InputStream content) {
        meetings.organised(actor, meeting, "add-document");
        Kind kind = kind(upload.kind());
        UUID text = negotiatedText(kind, upload.negotiatedText());
        DocumentFiles.StoredFile f = files.store("file", upload.filename(), content);
        String title = upload.title() == null || upload.title().isBlank()
                ? f.filename()
                : upload.title().strip();
        DocumentView v = attach(meeting, kind, title, text, f, actor.username(), actor.partyCode());
        audit.record(
                actor,
                "add-document",
                "meeting",
                meeting.toString(),
                actor.partyCode(),
                kind.name().toLowerCase(Locale.ROOT) + " " + title + " sha256:" + f.sha256());
        return v;
    }

    /** Records a stored file as a document of the meeting. */
    DocumentView attach(
            UUID meeting, Kind kind, String title, UUID text, DocumentFiles.StoredFile f, String by, String party) {
        DocumentView v = new DocumentView(
                UUID.randomUUID(),
                kind.name().toLowerCase(Locale.ROOT),
                title,
                f.filename(),
                f.contentType(),
                f.size(),
                f.sha256(),
                text,
                by,
                party,
                f.storedAt());
        insert(meeting, kind, v);
        return v;
    }

    @Transactional
    void delete(Actor actor, UUID meeting, UUID document) {
        meetings.organised(actor, meeting, "delete-document");
        DocumentView v = row(meeting, document);
        jdbc.sql("DELETE FROM meetings_document WHERE id = :id")
                .param("id", document)
                .update();
        files.forget(v.sha256());
        audit.record(
                actor,
                "delete-document",
                "meeting",
                meeting.toString(),
                actor.partyCode(),
                "Deleted " + v.title() + " sha256:" + v.sha256());
    }

    private DocumentView row(UUID meeting, UUID document) {
        return jdbc.sql("SELECT * FROM meetings_document WHERE meeting_id = :m AND id = :id")
                .param("m", meeting)
                .param("id", document)
                .query(MeetingDocuments::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("document", document.toString()));
    }

    private static Kind kind(String value) {
        try {
            return Kind.valueOf((value == null ? "" : value.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", Message.of("meetings.refused.kind"));
        }
    }

    private static UUID negotiatedText(Kind kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (kind != Kind.OUTCOME) {
            throw new InvalidInputException("negotiatedText", Message.of("meetings.refused.textOnOutcome"));
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("negotiatedText", Message.of("meetings.refused.textId"));
        }
    }

    private void insert(UUID meeting, Kind kind, DocumentView v) {
        jdbc.sql("INSERT INTO meetings_document (id, meeting_id, kind, title, filename, content_type, size, sha256,"
                        + " negotiated_text, uploaded_by, uploaded_party, uploaded_at) VALUES (:id, :m, :kind, :title,"
                        + " :name, :type, :size, :sha, :text, :by, :party, :at)")
                .param("id", v.id())
                .param("m", meeting)
                .param("kind", kind.name())
                .param("title", v.title())
                .param("name", v.filename())
                .param("type", v.contentType())
                .param("size", v.size())
                .param("sha", v.sha256())
                .param("text", v.negotiatedText())
                .param("by", v.uploadedBy())
                .param("party", v.uploadedParty())
                .param("at", Timestamp.from(v.uploadedAt()))
                .update();
    }

    private static DocumentView view(ResultSet rs, int n) throws SQLException {
        return new DocumentView(
                rs.getObject("id", UUID.class),
                rs.getString("kind").toLowerCase(Locale.ROOT),
                rs.getString("title"),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getObject("negotiated_text", UUID.class),
                rs.getString("uploaded_by"),
                rs.getString("uploaded_party"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
