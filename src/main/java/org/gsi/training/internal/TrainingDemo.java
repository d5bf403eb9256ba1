package org.gsi.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.commitments.DemoPledges;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;
import org.gsi.training.NominationId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo courses, labelled as such, run by China at the demo academy under the 5,000 training places pledge: two
 * delivered courses whose completed places count toward the pledge, and one open for nominations. The delivered
 * courses are played through the course aggregate on the days they happened (seat requests and nominations before
 * the deadline, selection, enrolment, attendance, completion on the last day), so they hold nothing the course's
 * own rules would refuse.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class TrainingDemo implements ApplicationRunner {

    static final String ACADEMY = "demo-security-academy";
    private static final PartyCode ORGANISER = PartyCode.of("CHN");

    private final CourseStore store;
    private final TrainingService service;
    private final NominationService nominations;
    private final PartyAttributes attributes;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    TrainingDemo(
            CourseStore store,
            TrainingService service,
            NominationService nominations,
            PartyAttributes attributes,
            AuditLog audit) {
        this.store = store;
        this.service = service;
        this.nominations = nominations;
        this.attributes = attributes;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID first = id("counter-terrorism-2024");
        if (store.find(first).isPresent()) {
            return;
        }
        delivered(
                first,
                "[Demo] Counter-terrorism investigation techniques",
                LocalDate.of(2024, 4, 8),
                List.of("III.12"),
                List.of(
                        new Trainee("Demo Trainee Alemu", "Police inspector", "alemu@example.et", "en"),
                        new Trainee("Demo Trainee Bekova", "Border service officer", "bekova@example.kz", "ru"),
                        new Trainee("Demo Trainee Santoso", "Prosecutor", "santoso@example.id", "en")),
                List.of("ETH", "KAZ", "IDN"));
        delivered(
                id("peacekeeping-2025"),
                "[Demo] UN peacekeeping staff officers course",
                LocalDate.of(2025, 5, 12),
                List.of("III.1"),
                List.of(
                        new Trainee("Demo Trainee Tesfaye", "Staff officer", "tesfaye@example.et", "en"),
                        new Trainee("Demo Trainee Lima", "Military observer", "lima@example.br", "pt")),
                List.of("ETH", "BRA"));
        LocalDate start = LocalDate.now().plusMonths(2);
        service.announce(row(
                id("cybercrime-open"),
                "[Demo] Combating cybercrime and online fraud",
                start,
                30,
                "BLENDED",
                List.of("III.13", "III.19"),
                start.minusDays(20)));
        audit.recordSystem("demo scenario", "create", "course", first.toString(), "Demo courses added");
    }

    private void delivered(
            UUID id, String topic, LocalDate start, List<String> areas, List<Trainee> trainees, List<String> parties) {
        LocalDate deadline = start.minusDays(21);
        Course course = service.announce(row(id, topic, start, 20, "IN_PERSON", areas, deadline));
        LocalDate asked = deadline.minusDays(14);
        parties.forEach(p -> course.requestSeats(PartyCode.of(p), 2, asked, attributes));
        course.allocate(ORGANISER, attributes);
        LocalDate end = start.plusDays(11);
        for (int i = 0; i < trainees.size(); i++) {
            PartyCode party = PartyCode.of(parties.get(i));
            NominationId n = course.nominate(party, trainees.get(i), deadline.minusDays(7), attributes);
            course.select(ORGANISER, n);
            course.confirmEnrolment(party, n);
            course.recordAttendance(ORGANISER, n, 10);
            course.complete(ORGANISER, n, end, CertificateCode.generate(random));
        }
        store.save(course);
        nominations.publish(course, "demo scenario");
    }

    private static CourseRow row(
            UUID id,
            String topic,
            LocalDate start,
            int seats,
            String modality,
            List<String> areas,
            LocalDate deadline) {
        return new CourseRow(
                id,
                ORGANISER.value(),
                ACADEMY,
                topic,
                areas,
                start,
                start.plusDays(11),
                "en",
                modality,
                seats,
                4,
                "developing",
                List.of(),
                deadline,
                DemoPledges.TRAINING_PLACES.value(),
                false,
                true);
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("demo:course:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
