package org.gsi.training.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.gsi.training.Modality;
import org.gsi.training.internal.TrainingViews.CourseRequest;
import org.springframework.stereotype.Component;

/** Checks course requests field by field. */
@Component
class CourseRequests {

    static final List<String> RULES = List.of("developing", "ldc", "sids", "lldc", "members", "parties");

    private final Registry registry;
    private final Taxonomy taxonomy;

    CourseRequests(Registry registry, Taxonomy taxonomy) {
        this.registry = registry;
        this.taxonomy = taxonomy;
    }

    CourseRow newCourse(String organiser, CourseRequest r) {
        String provider = party("provider", r.provider() == null ? organiser : r.provider());
        require(r.topic() != null && !r.topic().isBlank(), "topic", Message.of("training.refused.topic"));
        List<String> areas = r.priorityAreas() == null ? List.of() : r.priorityAreas();
        List<String> unknown = taxonomy.unknown(TermKind.PRIORITY_AREA, areas);
        require(
                unknown.isEmpty(),
                "priorityAreas",
                Message.of("training.refused.priorityAreas", String.join(", ", unknown)));
        require(r.start() != null, "start", Message.of("training.refused.start"));
        require(r.end() != null && !r.end().isBefore(r.start()), "end", Message.of("training.refused.end"));
        require(
                r.nominationDeadline() != null && !r.nominationDeadline().isAfter(r.start()),
                "nominationDeadline",
                Message.of("training.refused.nominationDeadline"));
        require(r.seats() != null && r.seats() > 0, "seats", Message.of("training.refused.seats"));
        int cap = r.capPerCountry() == null ? r.seats() : r.capPerCountry();
        require(cap > 0, "capPerCountry", Message.of("training.refused.capPerCountry"));
        String modality;
        try {
            modality = Modality.valueOf((r.modality() == null ? "in_person" : r.modality())
                            .strip()
                            .toUpperCase(Locale.ROOT)
                            .replace('-', '_'))
                    .name();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("modality", Message.of("training.refused.modality"));
        }
        String rule =
                r.eligibility() == null ? "developing" : r.eligibility().strip().toLowerCase(Locale.ROOT);
        require(
                RULES.contains(rule),
                "eligibility",
                Message.of("training.refused.eligibility", String.join(", ", RULES)));
        List<String> codes = r.eligibleParties() == null
                ? List.of()
                : r.eligibleParties().stream()
                        .map(c -> party("eligibleParties", c))
                        .distinct()
                        .toList();
        require(
                !rule.equals("parties") || !codes.isEmpty(),
                "eligibleParties",
                Message.of("training.refused.eligibleParties"));
        require(
                !rule.equals("members") || codes.size() == 1,
                "eligibleParties",
                Message.of("training.refused.oneMechanism"));
        return new CourseRow(
                UUID.randomUUID(),
                organiser,
                provider,
                r.topic().strip(),
                areas,
                r.start(),
                r.end(),
                r.language() == null || r.language().isBlank()
                        ? "en"
                        : r.language().strip(),
                modality,
                r.seats(),
                cap,
                rule,
                codes,
                r.nominationDeadline(),
                r.pledge(),
                false,
                false);
    }

    private String party(String field, String code) {
        return registry.find(code.strip())
                .map(PartySummary::code)
                .orElseThrow(() -> new InvalidInputException(field, Message.of("form.refused.noParty", code.strip())));
    }

    private static void require(boolean condition, String field, Message reason) {
        if (!condition) {
            throw new InvalidInputException(field, reason);
        }
    }
}
