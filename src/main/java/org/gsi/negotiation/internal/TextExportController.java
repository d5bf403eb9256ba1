package org.gsi.negotiation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.UUID;
import org.gsi.negotiation.RenderedText;
import org.gsi.negotiation.internal.export.AkomaNtosoExport;
import org.gsi.negotiation.internal.export.DocxExport;
import org.gsi.negotiation.internal.export.PdfExport;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Negotiated texts")
class TextExportController {

    private final NegotiationService service;

    TextExportController(NegotiationService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/texts/{id}/export/{format}")
    @Operation(
            summary = "Export a text",
            description = "format: docx, pdf or akn (Akoma Ntoso XML); mode: compilation (brackets and proposers)"
                    + " or clean")
    ResponseEntity<byte[]> export(
            @PathVariable UUID id,
            @PathVariable String format,
            @RequestParam(defaultValue = "compilation") String mode) {
        RenderedText.Mode m = mode(mode);
        record Rendered(RenderedText text, long version) {}
        Rendered r = service.read(
                Actors.readerParty(), id, t -> new Rendered(CompilationRenderer.render(t, m), t.version()));
        String status =
                (r.text().adopted() ? "Adopted text" : m == RenderedText.Mode.CLEAN ? "Clean text" : "Compilation text")
                        + ", version " + r.version();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        String extension;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "docx" -> {
                DocxExport.write(r.text(), status, out);
                type = MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                extension = "docx";
            }
            case "pdf" -> {
                PdfExport.write(r.text(), status, out);
                type = MediaType.APPLICATION_PDF;
                extension = "pdf";
            }
            case "akn", "xml" -> {
                AkomaNtosoExport.write(r.text(), id.toString(), out);
                type = MediaType.APPLICATION_XML;
                extension = "xml";
            }
            default -> throw new InvalidInputException("format", Message.of("negotiation.refused.format"));
        }
        String name = "text-" + id + "-" + m.name().toLowerCase(Locale.ROOT) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    static RenderedText.Mode mode(String mode) {
        try {
            return RenderedText.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("mode", Message.of("negotiation.refused.mode"));
        }
    }
}
