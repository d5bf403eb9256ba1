package org.gsi.cooperation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.notifications.Readers;
import org.gsi.platform.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reminds the focal points of each party whose consent to a proposed project is still pending once the deadline
 * is near ({@code gsi.cooperation.reminder-days}, by default the consent policy's five days). Each request is
 * reminded once: the reminder is claimed in the same statement that finds it, so two instances never both send.
 */
@Component
class ConsentReminders {

    /** One pending request that was due a reminder. */
    record Reminder(
            UUID project, String party, Instant deadline, String title, Map<String, String> titles, Readers readers) {}

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Duration before;
    private final Clock clock = Clock.systemUTC();

    ConsentReminders(
            JdbcClient jdbc,
            Notifications notifications,
            AuditLog audit,
            JsonMapper json,
            @Value("${gsi.cooperation.reminder-days:5}") int reminderDays) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
        this.json = json;
        this.before = Duration.ofDays(reminderDays);
    }

    /** The periodic run (see {@link CooperationScheduling}). */
    void remindDue() {
        sendDue(clock.instant());
    }

    /** Sends every reminder due at {@code now} that was not sent before; returns them. */
    @Transactional
    List<Reminder> sendDue(Instant now) {
        List<Reminder> due = jdbc.sql("""
                UPDATE cooperation_participant c SET reminded_at = :now
                FROM cooperation_project p
                WHERE p.id = c.project_id AND p.status = 'PROPOSED' AND c.consent_state = 'REQUESTED'
                  AND c.reminded_at IS NULL AND c.deadline > :now AND c.deadline <= :horizon
                RETURNING c.project_id, c.party, c.deadline, p.title, p.visibility, p.owner_party, p.participants
                """)
                .param("now", Timestamp.from(now))
                .param("horizon", Timestamp.from(now.plus(before)))
                .query((rs, n) -> {
                    Map<String, String> titles = json.readValue(rs.getString(4), TEXTS);
                    Visibility visibility = Visibility.valueOf(rs.getString(5));
                    String owner = rs.getString(6);
                    List<String> participants =
                            List.of((String[]) rs.getArray(7).getArray());
                    return new Reminder(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant(),
                            titles.getOrDefault(
                                    "en", titles.values().stream().findFirst().orElse("")),
                            titles,
                            party -> visibility.admits(party, owner, participants, false));
                })
                .list();
        due.forEach(this::send);
        return due;
    }

    private void send(Reminder r) {
        LocalDate date = r.deadline().atOffset(ZoneOffset.UTC).toLocalDate();
        notifications.toPartyFocalPoints(
                r.party(),
                Notice.of(
                        "consent-reminder",
                        "/projects/" + r.project(),
                        r.readers(),
                        new Notice.Translations(r.titles()),
                        date));
        audit.recordSystem(
                "consent-reminders",
                "remind-consent",
                "project",
                r.project().toString(),
                r.party() + " reminded; consent due by " + date);
    }
}
