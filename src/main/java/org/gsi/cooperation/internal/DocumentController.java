package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

@Controller
@Tag(name = "Cooperation projects")
class DocumentController {

    private final ProjectDocuments documents;

    DocumentController(ProjectDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/projects/{id}/documents")
    @ResponseBody
    @Operation(summary = "Documents attached to a project you may read")
    List<ProjectDocuments.DocumentView> list(@PathVariable UUID id) {
        return documents.list(new ProjectId(id));
    }

    @PostMapping(value = "/api/v1/projects/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(
            summary = "Attach a document (form field 'file')",
            description = "PDF, DOCX, XLSX, PNG, JPEG or plain UTF-8 text, recognised by content; 20 MB at most."
                    + " The initiating and participating parties may attach documents.")
    ResponseEntity<ProjectDocuments.DocumentView> upload(
            @PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        ProjectDocuments.DocumentView view = store(id, file);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/documents/" + view.id()))
                .body(view);
    }

    @DeleteMapping("/api/v1/projects/{id}/documents/{document}")
    @Operation(
            summary = "Remove a document",
            description = "Editors of the party that attached it; the file goes with its record. 404 for a project"
                    + " or document you may not see.")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID document) {
        documents.remove(Actors.required(), new ProjectId(id), document);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/projects/{id}/documents/{document}")
    @Operation(summary = "Download a document; Repr-Digest carries its SHA-256")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID document) {
        ProjectDocuments.StoredDocument stored = documents.find(new ProjectId(id), document);
        ProjectDocuments.DocumentView v = stored.view();
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(v.sha256()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(v.contentType()))
                .contentLength(v.size())
                .eTag("\"" + v.sha256() + "\"")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(v.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(stored.file()));
    }

    @PostMapping("/projects/{id}/documents")
    String uploadFromPage(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        store(id, file);
        return "redirect:/projects/" + id + "#documents";
    }

    @PostMapping("/projects/{id}/documents/{document}/remove")
    String removeFromPage(@PathVariable UUID id, @PathVariable UUID document) {
        documents.remove(Actors.required(), new ProjectId(id), document);
        return "redirect:/projects/" + id + "#documents";
    }

    private ProjectDocuments.DocumentView store(UUID id, MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", Message.of("form.refused.fileEmpty"));
        }
        try (InputStream in = file.getInputStream()) {
            return documents.add(Actors.required(), new ProjectId(id), file.getOriginalFilename(), in);
        }
    }
}
