package org.gsi.screening.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.springframework.stereotype.Component;

/**
 * The screening status of one of the platform's people, for the pages of other modules
 * ({@code templates/screening/fragments.html :: badge}): shown only to the party that answers for the person and the
 * secretariat, never to anyone else.
 */
@Component("screeningStatus")
class StatusBadges {

    private final SubjectStore subjects;
    private final CheckStore checks;

    StatusBadges(SubjectStore subjects, CheckStore checks) {
        this.subjects = subjects;
        this.checks = checks;
    }

    /**
     * @param state {@code pending} (not yet screened against the current lists), {@code clear} (no possible match),
     *     {@code possible} (possible matches awaiting a decision), {@code no-match}, {@code true-match} or
     *     {@code needs-review} (the decision recorded)
     */
    record Badge(String state, int possibleMatches, UUID check, Instant checkedAt) {}

    /** A trainee (nomination id), a delegation member (registration id and name) or a partner (project and party). */
    public Optional<Badge> of(String kind, Object ref, Object second) {
        String sourceRef = switch (kind) {
            case "DELEGATE" -> PlatformPeople.delegateRef(ref, second);
            case "PARTNER" -> PlatformPeople.partnerRef(ref, second);
            default -> String.valueOf(ref);
        };
        return of(kind, sourceRef);
    }

    public Optional<Badge> of(String kind, Object ref) {
        Optional<Actor> reader = Actors.current();
        if (reader.isEmpty() || ref == null) {
            return Optional.empty();
        }
        return subjects.find(SubjectStore.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), String.valueOf(ref))
                .filter(s -> ScreeningAccess.seesChecksOf(reader.get().partyCode(), s.owner()))
                .map(s -> s.lastCheck() == null
                        ? new Badge("pending", 0, null, null)
                        : checks.find(s.lastCheck())
                                .map(StatusBadges::badge)
                                .orElse(new Badge("pending", 0, null, null)));
    }

    static Badge badge(Check c) {
        String state = c.decision().map(d -> d.verdict().slug()).orElse(c.possibleMatches() > 0 ? "possible" : "clear");
        return new Badge(state, c.possibleMatches(), c.id(), c.askedAt());
    }
}
