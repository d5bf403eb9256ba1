package org.gsi.earlywarning.internal.alerts;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.ConflictException;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * Where one party stands with one alert. An alert is new for a party until one of its users acknowledges it (the
 * party is looking into it) or closes it (nothing more to do); a closed alert may be reopened, which makes it
 * acknowledged again. Each step records who took it and when; each party triages for itself.
 */
final class AlertTriage {

    enum State {
        NEW,
        ACKNOWLEDGED,
        CLOSED
    }

    enum Step {
        ACKNOWLEDGE,
        CLOSE,
        REOPEN;

        static Step parse(String value) {
            try {
                return valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "action", Message.of("earlywarning.refused.oneOf", "acknowledge, close, reopen"));
            }
        }
    }

    private final UUID alert;
    private final String party;
    private State state;
    private String changedBy;
    private Instant changedAt;
    private final long version;

    private AlertTriage(UUID alert, String party, State state, String changedBy, Instant changedAt, long version) {
        this.alert = alert;
        this.party = party;
        this.state = state;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** An alert the party has not yet looked at, as it stands before any step (version 0, not stored yet). */
    static AlertTriage untouched(UUID alert, String party, Instant raisedAt) {
        return new AlertTriage(alert, party, State.NEW, null, raisedAt, 0);
    }

    /** Rebuilds what was stored. */
    static AlertTriage restore(
            UUID alert, String party, State state, String changedBy, Instant changedAt, long version) {
        return new AlertTriage(alert, party, state, changedBy, changedAt, version);
    }

    /** Takes {@code step} as {@code username}, or refuses it with the reason when the state does not allow it. */
    void take(Step step, String username, Instant at) {
        State next = switch (step) {
            case ACKNOWLEDGE -> state == State.NEW ? State.ACKNOWLEDGED : null;
            case CLOSE -> state != State.CLOSED ? State.CLOSED : null;
            case REOPEN -> state == State.CLOSED ? State.ACKNOWLEDGED : null;
        };
        if (next == null) {
            throw new ConflictException(Message.of(
                    "earlywarning.refused.triage." + step.name(),
                    Message.of("earlywarning.refused.triage.state." + state.name())));
        }
        state = next;
        changedBy = username;
        changedAt = at;
    }

    UUID alert() {
        return alert;
    }

    String party() {
        return party;
    }

    State state() {
        return state;
    }

    Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    Instant changedAt() {
        return changedAt;
    }

    long version() {
        return version;
    }
}
