package org.gsi.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.commitments.Commitments;
import org.gsi.commitments.DemoPledges;
import org.gsi.commitments.PartyCode;
import org.gsi.training.CourseId;
import org.gsi.training.NominationId;
import org.gsi.training.TraineeCompletedCourse;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo courses, labelled as such, run by China at the demo academy under the 5,000 training places pledge:
 * two delivered courses whose completed places count toward the pledge, and one open for nominations.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class TrainingDemo implements ApplicationRunner {

    static final String ACADEMY = "demo-security-academy";

    private final CourseStore store;
    private final TrainingService service;
    private final Commitments commitments;
    private final AuditLog audit;

    TrainingDemo(CourseStore store, TrainingService service, Commitments commitments, AuditLog audit) {
        this.store = store;
        this.service = service;
        this.commitments = commitments;
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
        store.insert(new CourseRow(
                id("cybercrime-open"),
                "CHN",
                ACADEMY,
                "[Demo] Combating cybercrime and online fraud",
                List.of("III.13", "III.19"),
                start,
                start.plusDays(11),
                "en",
                "BLENDED",
                30,
                4,
                "developing",
                List.of(),
                start.minusDays(20),
                DemoPledges.TRAINING_PLACES.value(),
                false,
                true));
        audit.recordSystem("demo scenario", "create", "course", first.toString(), "Demo courses added");
    }

    private void delivered(
            UUID id, String topic, LocalDate start, List<String> areas, List<Trainee> trainees, List<String> parties) {
        CourseRow course = new CourseRow(
                id,
                "CHN",
                ACADEMY,
                topic,
                areas,
                start,
                start.plusDays(11),
                "en",
                "IN_PERSON",
                20,
                4,
                "developing",
                List.of(),
                start.minusDays(21),
                DemoPledges.TRAINING_PLACES.value(),
                false,
                true);
        store.insert(course);
        parties.forEach(p -> store.demand(id, p, 2));
        store.replaceShares(id, service.compute(course).shares());
        LocalDate end = start.plusDays(11);
        for (int i = 0; i < trainees.size(); i++) {
            Trainee t = trainees.get(i);
            UUID n = UUID.nameUUIDFromBytes((id + ":" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            store.insert(new NominationRow(
                    n,
                    id,
                    parties.get(i),
                    t.name(),
                    t.function(),
                    t.contact(),
                    t.language(),
                    NominationStatus.ENROLLED,
                    0,
                    null,
                    null,
                    false));
            store.attended(n, 10);
            store.complete(
                    n,
                    end,
                    CertificateCode.generate(new java.security.SecureRandom()).grouped());
            var completed = new TraineeCompletedCourse(
                    new CourseId(id),
                    new NominationId(n),
                    PartyCode.of(ACADEMY),
                    PartyCode.of(parties.get(i)),
                    java.util.Optional.of(DemoPledges.TRAINING_PLACES),
                    end);
            new PledgeDeliveryTranslator()
                    .delivery(completed, PartyCode.of("CHN"))
                    .ifPresent(d -> commitments.recordObserved(DemoPledges.TRAINING_PLACES, d, "demo scenario"));
        }
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("demo:course:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
