package org.gsi.training.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.gsi.training.internal.TrainingViews.AllocationView;
import org.gsi.training.internal.TrainingViews.CertificateCheck;
import org.gsi.training.internal.TrainingViews.CourseRequest;
import org.gsi.training.internal.TrainingViews.CourseView;
import org.gsi.training.internal.TrainingViews.DemandRequest;
import org.gsi.training.internal.TrainingViews.NominationRequest;
import org.gsi.training.internal.TrainingViews.NominationView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Training", description = "Courses, seat allocation, nominations, enrolment, completion, certificates")
class TrainingController {

    private final TrainingService service;
    private final NominationService nominations;
    private final TraineeRetention retention;
    private final Allocations allocations;
    private final Certificates certificates;

    TrainingController(
            TrainingService service,
            NominationService nominations,
            TraineeRetention retention,
            Allocations allocations,
            Certificates certificates) {
        this.service = service;
        this.nominations = nominations;
        this.retention = retention;
        this.allocations = allocations;
        this.certificates = certificates;
    }

    @GetMapping("/api/v1/training/courses")
    @Operation(summary = "Courses (public)")
    PageView<CourseView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return service.list(page, size);
    }

    @PostMapping("/api/v1/training/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Announce a course (organiser's officers and focal points); optionally linked to a pledge")
    CourseView create(@RequestBody CourseRequest request) {
        return service.create(Actors.required(), request);
    }

    @GetMapping("/api/v1/training/courses/{id}")
    @Operation(summary = "A course (public); its ETag is what allocating the seats needs as If-Match")
    ResponseEntity<CourseView> get(@PathVariable UUID id) {
        long version = service.version(id);
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(service.get(id));
    }

    @PostMapping("/api/v1/training/courses/{id}/demands")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Ask for seats for your country (focal points of eligible countries, before the deadline)")
    void demand(@PathVariable UUID id, @RequestBody DemandRequest request) {
        service.requestSeats(Actors.required(), id, request.seats() == null ? -1 : request.seats());
    }

    @GetMapping("/api/v1/training/courses/{id}/allocation")
    @Operation(summary = "Each country's seats and the reason for that number (public)")
    AllocationView allocation(@PathVariable UUID id) {
        return allocations.of(id);
    }

    @PostMapping("/api/v1/training/courses/{id}/allocation")
    @Operation(
            summary = "Share the seats among the countries that asked (organiser or provider)",
            description = "Replaces an earlier allocation; needs the course's ETag as If-Match")
    ResponseEntity<AllocationView> allocate(
            @PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        service.allocate(Actors.required(), id, ifMatch);
        return ResponseEntity.ok().eTag(Versions.etag(service.version(id))).body(allocations.of(id));
    }

    @GetMapping("/api/v1/training/courses/{id}/nominations")
    @Operation(
            summary =
                    "Nominations; trainees' personal data only for the nominating party, the course and the secretariat")
    List<NominationView> nominations(@PathVariable UUID id) {
        return nominations.nominations(id, Actors.current());
    }

    @PostMapping("/api/v1/training/courses/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nominate a candidate within your country's allocation, before the deadline (focal points)")
    NominationView nominate(@PathVariable UUID id, @RequestBody NominationRequest request) {
        return nominations.nominate(Actors.required(), id, request);
    }

    @PostMapping("/api/v1/training/nominations/{id}/selection")
    @Operation(summary = "Select (selected=true) or decline a candidate (organiser or provider)")
    NominationView select(@PathVariable UUID id, @RequestBody Map<String, Boolean> body) {
        return nominations.select(Actors.required(), id, Boolean.TRUE.equals(body.get("selected")));
    }

    @PostMapping("/api/v1/training/nominations/{id}/enrolment")
    @Operation(summary = "Confirm a selected candidate's enrolment (nominating party)")
    NominationView enrol(@PathVariable UUID id) {
        return nominations.enrol(Actors.required(), id);
    }

    @PostMapping("/api/v1/training/nominations/{id}/withdrawal")
    @Operation(summary = "Withdraw a nomination (nominating party)")
    NominationView withdraw(@PathVariable UUID id) {
        return nominations.withdraw(Actors.required(), id);
    }

    @PostMapping("/api/v1/training/nominations/{id}/attendance")
    @Operation(summary = "Record days attended (organiser or provider)")
    NominationView attendance(@PathVariable UUID id, @RequestBody Map<String, Integer> body) {
        Integer days = body.get("days");
        return nominations.attendance(Actors.required(), id, days == null ? -1 : days);
    }

    @PostMapping("/api/v1/training/nominations/{id}/completion")
    @Operation(summary = "Complete the course: issues the certificate and counts one place toward the linked pledge")
    NominationView complete(@PathVariable UUID id) {
        return nominations.complete(Actors.required(), id);
    }

    @PostMapping("/api/v1/training/anonymisation")
    @Operation(
            summary = "Anonymise now the trainees of courses that ended longer ago than the retention period"
                    + " (secretariat administrators); the same runs every night")
    Map<String, Object> anonymise() {
        int done = retention.anonymiseExpired(Actors.required());
        return Map.of("anonymised", done, "retention", retention.retention().toString());
    }

    @GetMapping("/api/v1/training/nominations/{id}/certificate.pdf")
    @Operation(summary = "The certificate as PDF (nominating party, course, secretariat)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"")
                .body(certificates.pdf(Actors.current(), id, base));
    }

    @GetMapping("/api/v1/training/certificates/{code}")
    @Operation(summary = "Verify a certificate code (public)")
    CertificateCheck verify(@PathVariable String code) {
        return certificates.verify(code);
    }
}
