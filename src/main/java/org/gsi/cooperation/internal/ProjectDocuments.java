package org.gsi.cooperation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.cooperation.ProjectId;
import org.gsi.platform.Actor;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Documents attached to projects: kept under {@code <data-dir>/documents} by SHA-256, at most
 * {@code gsi.cooperation.max-document-size} (20 MB by default), and only of the kinds in {@link DocumentType}. Who
 * may read the project may read its documents; the initiating and participating parties may add them, and the
 * party that added one may remove it.
 */
@Service
class ProjectDocuments {

    record DocumentView(
            UUID id,
            String filename,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            String uploadedParty,
            Instant uploadedAt) {}

    /** A document's record and where its bytes are. */
    record StoredDocument(DocumentView view, Path file) {}

    private final JdbcClient jdbc;
    private final ProjectViews views;
    private final AuditLog audit;
    private final Path root;
    private final long maxBytes;

    ProjectDocuments(
            JdbcClient jdbc,
            ProjectViews views,
            AuditLog audit,
            GsiProperties properties,
            @Value("${gsi.cooperation.max-document-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.views = views;
        this.audit = audit;
        this.root = properties.dataDir().resolve("documents");
        this.maxBytes = maxSize.toBytes();
    }

    List<DocumentView> list(ProjectId project) {
        views.readable(project);
        return jdbc.sql("SELECT * FROM cooperation_document WHERE project_id = :p ORDER BY uploaded_at, id")
                .param("p", project.value())
                .query((rs, n) -> view(rs))
                .list();
    }

    StoredDocument find(ProjectId project, UUID document) {
        views.readable(project);
        DocumentView view = jdbc.sql("SELECT * FROM cooperation_document WHERE project_id = :p AND id = :id")
                .param("p", project.value())
                .param("id", document)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("document", document.toString()));
        return new StoredDocument(view, path(view.sha256()));
    }

    @Transactional
    DocumentView add(Actor actor, ProjectId projectId, String filename, InputStream content) {
        Project project = views.readable(projectId, actor.partyCode()).project();
        String party = actor.partyCode();
        boolean involved = project.initiator().value().equals(party)
                || project.participants().stream()
                        .anyMatch(p -> p.party().value().equals(party));
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                involved ? party : project.initiator().value(),
                "attach-document",
                "project",
                projectId.toString());
        String name = org.gsi.platform.FileNames.clean(filename, "document");
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            String sha = copy(content, temp);
            DocumentType type = DocumentType.detect(temp)
                    .orElseThrow(
                            () -> new InvalidInputException("file", Message.of("cooperation.refused.documentKind")));
            long size = Files.size(temp);
            Path target = path(sha);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            DocumentView view = new DocumentView(
                    UUID.randomUUID(), name, type.mediaType, size, sha, actor.username(), party, Instant.now());
            insert(projectId, view);
            audit.record(actor, "attach-document", "project", projectId.toString(), name + " sha256:" + sha);
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Removes a document: its row now and its bytes once the removal commits, unless another row still names the
     * same content. Only an editor of the party that attached it may do so; who cannot read the project gets 404.
     */
    @Transactional
    void remove(Actor actor, ProjectId projectId, UUID document) {
        DocumentView view = find(projectId, document).view();
        actor.require(
                Permission.EDIT_PARTY_RECORDS,
                view.uploadedParty(),
                "remove-document",
                "project",
                projectId.toString());
        jdbc.sql("DELETE FROM cooperation_document WHERE id = :id")
                .param("id", document)
                .update();
        boolean shared = jdbc.sql("SELECT EXISTS (SELECT 1 FROM cooperation_document WHERE sha256 = :sha)")
                .param("sha", view.sha256())
                .query(Boolean.class)
                .single();
        audit.record(
                actor,
                "remove-document",
                "project",
                projectId.toString(),
                view.filename() + " sha256:" + view.sha256());
        if (!shared) {
            Path file = path(view.sha256());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(file);
                }
            });
        }
    }

    /** Copies at most the size limit, answering with the SHA-256 of what was copied. */
    private String copy(InputStream in, Path target) throws IOException {
        MessageDigest sha = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new InvalidInputException(
                            "file",
                            Message.of(
                                    "form.refused.fileTooLarge",
                                    DataSize.ofBytes(maxBytes).toMegabytes()));
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new InvalidInputException("file", Message.of("form.refused.fileEmpty"));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void insert(ProjectId project, DocumentView v) {
        jdbc.sql("INSERT INTO cooperation_document (id, project_id, filename, content_type, size, sha256,"
                        + " uploaded_by, uploaded_party, uploaded_at) VALUES (:id, :p, :name, :type, :size, :sha,"
                        + " :by, :party, :at)")
                .param("id", v.id())
                .param("p", project.value())
                .param("name", v.filename())
                .param("type", v.contentType())
                .param("size", v.size())
                .param("sha", v.sha256())
                .param("by", v.uploadedBy())
                .param("party", v.uploadedParty())
                .param("at", Timestamp.from(v.uploadedAt()))
                .update();
    }

    private Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static DocumentView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DocumentView(
                rs.getObject("id", UUID.class),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getString("uploaded_party"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover partial upload is harmless; the next upload uses another name
            }
        }
    }
}
