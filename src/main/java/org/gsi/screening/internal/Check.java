package org.gsi.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.screening.internal.matching.Factor;

/**
 * A name checked against lists: who asked for which party, what, against which list versions, the candidates found
 * and the decision recorded on them. The score of a candidate at or above the threshold makes it a possible match;
 * only a person's decision says whether it is one.
 *
 * <p>Decisions ({@link #decide}): {@code no-match}, {@code true-match} (naming the candidate it is) or
 * {@code needs-review}, each with a reason; a later decision replaces the current one and every decision stays in
 * the history.
 */
record Check(
        UUID id,
        String party,
        String askedBy,
        Instant askedAt,
        String purpose,
        UUID subject,
        UUID batch,
        String name,
        String type,
        String birthDate,
        String nationality,
        List<String> lists,
        List<CandidateIndexHolder.ListVersion> listVersions,
        double threshold,
        List<StoredCandidate> candidates,
        Optional<Decision> decision,
        long version) {

    static final int MAX_REASON = 2000;

    /** A candidate as stored with the check. */
    record StoredCandidate(
            String entryId,
            String list,
            String reference,
            String name,
            String type,
            String regime,
            double score,
            boolean possibleMatch,
            String matchedName,
            List<Factor> factors) {}

    enum Verdict {
        NO_MATCH,
        TRUE_MATCH,
        NEEDS_REVIEW;

        String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Verdict parse(String value) {
            if (value != null) {
                String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
                for (Verdict d : values()) {
                    if (d.name().equals(v)) {
                        return d;
                    }
                }
            }
            throw new InvalidInputException("decision", Message.of("screening.refused.decision"));
        }
    }

    /** A decision as recorded. */
    record Decision(Verdict verdict, String reason, String entryId, String decidedBy, Instant decidedAt) {}

    int possibleMatches() {
        return (int) candidates.stream().filter(StoredCandidate::possibleMatch).count();
    }

    /**
     * The decision of {@code username}, checked against the rules: a reason of 1 to {@value #MAX_REASON} characters;
     * a true match names one of the check's candidates; an entry named must be one of them.
     */
    Decision decide(String verdict, String reason, String entryId, String username, Instant at) {
        Verdict v = Verdict.parse(verdict);
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", Message.of("form.refused.reason"));
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", Message.of("screening.refused.tooLong", MAX_REASON));
        }
        String entry = entryId == null || entryId.isBlank() ? null : entryId.trim();
        if (entry != null && candidates.stream().noneMatch(c -> c.entryId().equals(entry))) {
            throw new InvalidInputException("entryId", Message.of("screening.refused.candidate"));
        }
        if (v == Verdict.TRUE_MATCH && entry == null) {
            throw new InvalidInputException("entryId", Message.of("screening.refused.trueMatch"));
        }
        return new Decision(v, why, entry, username, at);
    }
}
