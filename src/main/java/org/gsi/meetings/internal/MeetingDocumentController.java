package org.gsi.meetings.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.meetings.internal.MeetingViews.DocumentView;
import org.gsi.meetings.internal.MeetingViews.LetterView;
import org.gsi.platform.Actors;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** Meeting documents and delegations' credentials letters: API and the page forms. */
@Controller
@Tag(name = "Meetings")
class MeetingDocumentController {

    private final MeetingDocuments documents;
    private final CredentialsLetters letters;
    private final MeetingPage page;

    MeetingDocumentController(MeetingDocuments documents, CredentialsLetters letters, MeetingPage page) {
        this.documents = documents;
        this.letters = letters;
        this.page = page;
    }

    @GetMapping("/api/v1/meetings/{id}/documents")
    @ResponseBody
    @Operation(summary = "Documents of a meeting you may see")
    List<DocumentView> list(@PathVariable UUID id) {
        return documents.list(id, Actors.readerParty());
    }

    @PostMapping(value = "/api/v1/meetings/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(
            summary = "Add a document (organiser): form fields file, kind, title, negotiatedText",
            description = "kind: agenda, background, outcome or other. PDF, DOCX, ODT or plain UTF-8 text,"
                    + " recognised by content; 20 MB at most. negotiatedText: id of the text an outcome records.")
    ResponseEntity<DocumentView> upload(
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String negotiatedText)
            throws IOException {
        DocumentView v = add(id, file, kind, title, negotiatedText);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/documents/" + v.id()))
                .body(v);
    }

    @GetMapping("/api/v1/meetings/{id}/documents/{document}")
    @Operation(summary = "Download a document; Repr-Digest carries its SHA-256")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID document) {
        MeetingDocuments.StoredDocument d = documents.find(id, document, Actors.readerParty());
        DocumentView v = d.view();
        return file(v.filename(), v.contentType(), v.size(), v.sha256(), d.file());
    }

    @DeleteMapping("/api/v1/meetings/{id}/documents/{document}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a document (organiser)")
    void delete(@PathVariable UUID id, @PathVariable UUID document) {
        documents.delete(Actors.required(), id, document);
    }

    @PutMapping(value = "/api/v1/meetings/delegations/{id}/credentials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @Operation(
            summary = "Attach the credentials letter (note verbale) to your delegation: form field file",
            description = "PDF, DOCX, ODT or plain UTF-8 text; read only by your party, the organiser and the"
                    + " secretariat.")
    LetterView uploadLetter(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        return letter(id, file);
    }

    @GetMapping("/api/v1/meetings/delegations/{id}/credentials")
    @Operation(summary = "Download a delegation's credentials letter (its party, the organiser, the secretariat)")
    ResponseEntity<Resource> downloadLetter(@PathVariable UUID id) {
        CredentialsLetters.StoredLetter l = letters.find(id, Actors.readerParty());
        LetterView v = l.view();
        return file(v.filename(), v.contentType(), v.size(), v.sha256(), l.file());
    }

    @PostMapping("/meetings/{id}/documents")
    String uploadFromPage(
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            add(id, file, form.get("kind"), form.get("title"), form.get("negotiatedText"));
            return "redirect:/meetings/" + id + "#documents";
        } catch (InvalidInputException | ConflictException e) {
            return page.refused(id, "document", null, e, form, model, response);
        }
    }

    @PostMapping("/meetings/{id}/documents/{document}/deletion")
    String deleteFromPage(
            @PathVariable UUID id, @PathVariable UUID document, Model model, HttpServletResponse response) {
        try {
            documents.delete(Actors.required(), id, document);
            return "redirect:/meetings/" + id + "#documents";
        } catch (NotFoundException e) {
            return page.refused(id, "document", document, e, Map.of(), model, response);
        }
    }

    @PostMapping("/meetings/{meeting}/delegations/{id}/credentials")
    String letterFromPage(
            @PathVariable UUID meeting,
            @PathVariable UUID id,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            letter(id, file);
            return "redirect:/meetings/" + meeting + "#delegations";
        } catch (InvalidInputException | ConflictException e) {
            return page.refused(meeting, "letter", id, e, Map.of(), model, response);
        }
    }

    private DocumentView add(UUID id, MultipartFile file, String kind, String title, String text) throws IOException {
        requireContent(file);
        try (InputStream in = file.getInputStream()) {
            return documents.add(
                    Actors.required(),
                    id,
                    new MeetingDocuments.Upload(kind, title, text, file.getOriginalFilename()),
                    in);
        }
    }

    private LetterView letter(UUID id, MultipartFile file) throws IOException {
        requireContent(file);
        try (InputStream in = file.getInputStream()) {
            return letters.upload(Actors.required(), id, file.getOriginalFilename(), in);
        }
    }

    private static void requireContent(MultipartFile file) {
        if (file.isEmpty()) {
            throw new InvalidInputException("file", Message.of("form.refused.fileEmpty"));
        }
    }

    private static ResponseEntity<Resource> file(String name, String type, long size, String sha, Path path) {
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .contentLength(size)
                .eTag("\"" + sha + "\"")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(path));
    }
}
