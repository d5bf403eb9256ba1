package org.gsi.concerns.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.gsi.concerns.ConsultationView;
import org.gsi.platform.Actors;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Security concerns", description = "Legitimate security concerns of parties and consultations on them")
class ConcernController {

    /** The answer of a concerned party: a note when addressed, a reason when objecting. */
    record AnswerRequest(String text) {}

    private final ConcernService concerns;

    ConcernController(ConcernService concerns) {
        this.concerns = concerns;
    }

    @GetMapping("/api/v1/concerns")
    @Operation(summary = "Concerns you may read: public ones, and your own party's; the secretariat reads all")
    PageView<ConcernService.ConcernView> list(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return concerns.list(party, domain, page, size);
    }

    @GetMapping("/api/v1/concerns/{id}")
    @Operation(summary = "One concern")
    ResponseEntity<ConcernService.ConcernView> get(@PathVariable UUID id) {
        ConcernStore.ConcernRow row = concerns.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(row.version())).body(ConcernService.view(row));
    }

    @PostMapping("/api/v1/concerns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register a security concern of your party (focal points)",
            description = "Proposals that touch it later open a consultation window for your party.")
    ConcernService.ConcernView register(@RequestBody ConcernService.RegisterConcernRequest request) {
        return concerns.register(Actors.required(), request, false);
    }

    @DeleteMapping("/api/v1/concerns/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a concern of your party; consultations already opened keep their record")
    void withdraw(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        concerns.withdraw(Actors.required(), id, ifMatch);
    }

    @GetMapping("/api/v1/concerns/consultations")
    @Operation(summary = "Consultations on proposals that touch your party's concerns")
    List<ConsultationView> consultations() {
        return concerns.consultationsOfMyParty();
    }

    @PostMapping("/api/v1/concerns/consultations/{id}/addressed")
    @Operation(summary = "Mark your concern addressed by the proposal (focal points); it no longer blocks it")
    ConsultationView addressed(@PathVariable UUID id, @RequestBody AnswerRequest request) {
        return concerns.answer(Actors.required(), id, true, request.text());
    }

    @PostMapping("/api/v1/concerns/consultations/{id}/objection")
    @Operation(summary = "Object to the proposal while the window is open (focal points); it blocks activation")
    ConsultationView object(@PathVariable UUID id, @RequestBody AnswerRequest request) {
        return concerns.answer(Actors.required(), id, false, request.text());
    }
}
