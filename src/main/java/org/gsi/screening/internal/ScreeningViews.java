package org.gsi.screening.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the screening API. */
final class ScreeningViews {

    private ScreeningViews() {}

    @Schema(description = "A name to check against the lists the caller may see")
    record CheckRequest(
            @Schema(description = "The name, in any script", example = "Abu Mohammed al-Jawlani")
            String name,

            @Schema(description = "person or organisation; when given, only entries of that type are candidates")
            String type,

            @Schema(description = "Date of birth: yyyy-mm-dd, yyyy-mm or yyyy", example = "1975")
            String birthDate,

            @Schema(description = "Nationality: ISO alpha-3 or alpha-2 code, or a country name", example = "SYR")
            String nationality,

            @Schema(
                    description = "Ids of the lists to check against (GET /api/v1/screening/lists); all visible"
                            + " lists when empty")
            List<String> lists,

            @Schema(
                    description = "Score at which a candidate is a possible match, 0.5 to 1; default"
                            + " gsi.screening.threshold.check")
            Double threshold) {}

    record FactorView(String code, double effect, List<String> values, String text) {}

    record ExplanationView(String summary, List<FactorView> factors) {}

    record CandidateView(
            String entryId,
            String list,
            String reference,
            String name,
            String type,
            String regime,
            double score,

            @Schema(
                    description = "The score reached the threshold: a possible match for a person to decide on,"
                            + " never a verdict")
            boolean possibleMatch,

            String matchedName,
            ExplanationView explanation) {}

    record ListVersionView(String list, UUID version, int number) {}

    record DecisionView(String decision, String reason, String entryId, String decidedBy, Instant decidedAt) {}

    record CheckView(
            UUID id,
            String party,
            String askedBy,
            Instant askedAt,
            String purpose,
            String name,
            String type,
            String birthDate,
            String nationality,
            List<ListVersionView> listVersions,
            double threshold,
            int possibleMatches,
            List<CandidateView> candidates,
            DecisionView decision,
            List<DecisionView> decisions,
            long version) {}

    @Schema(description = "A decision on a check")
    record DecisionRequest(
            @Schema(description = "no-match, true-match or needs-review")
            String decision,

            @Schema(description = "Why") String reason,

            @Schema(description = "The candidate it is (required for true-match), e.g. un-sc:QDi.400")
            String entryId) {}

    @Schema(description = "One side of a comparison")
    record Side(
            String name,
            String type,
            String birthDate,
            String nationality,

            @Schema(description = "Other names of side b, compared too (the best counts)")
            List<String> aliases) {}

    record CompareRequest(Side a, Side b) {}

    record CompareView(double score, double threshold, boolean match, ExplanationView explanation) {}

    record ListView(
            String id,
            String kind,
            String title,
            String owner,
            String visibility,
            Integer version,
            UUID versionId,
            Instant importedAt,
            String generatedOn,
            long individuals,
            long entities) {}
}
