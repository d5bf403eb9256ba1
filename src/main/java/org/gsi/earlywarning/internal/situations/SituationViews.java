package org.gsi.earlywarning.internal.situations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and views of situations, their developments and assessments. */
public final class SituationViews {

    private SituationViews() {}

    /** A situation as its readers see it (with the developments and the assessments the reader may see). */
    public record SituationView(
            UUID id,
            String title,
            String summary,
            List<String> countries,
            List<String> domains,
            List<String> partiesConcerned,
            String status,
            String ownerParty,
            String visibility,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version,
            boolean demo,
            List<DevelopmentView> timeline,
            List<AssessmentView> assessments) {

        SituationView with(List<DevelopmentView> developments, List<AssessmentView> visibleAssessments) {
            return new SituationView(
                    id,
                    title,
                    summary,
                    countries,
                    domains,
                    partiesConcerned,
                    status,
                    ownerParty,
                    visibility,
                    createdBy,
                    createdAt,
                    updatedAt,
                    version,
                    demo,
                    developments,
                    visibleAssessments);
        }
    }

    public record DevelopmentView(
            UUID id, LocalDate occurredOn, String text, String recordedBy, String recordedParty) {}

    public record AssessmentView(
            UUID id,
            UUID situationId,
            String ownerParty,
            String author,
            String visibility,
            String riskLevel,
            String text,
            LocalDate assessedOn,
            boolean demo) {}

    public record CreateSituationRequest(
            String title,
            String summary,
            List<String> countries,
            List<String> domains,
            List<String> partiesConcerned,
            String status,
            String visibility) {}

    public record UpdateSituationRequest(
            String title, String summary, List<String> domains, List<String> partiesConcerned, String status) {}

    public record AddDevelopmentRequest(LocalDate occurredOn, String text) {}

    public record AddAssessmentRequest(String riskLevel, String text, String visibility, LocalDate assessedOn) {}
}
