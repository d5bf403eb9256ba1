package org.gsi.cooperation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
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
    record Reminder(UUID project, String party, Instant deadline, String title) {}

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

    @Scheduled(
            initialDelayString = "${gsi.cooperation.reminder-initial-delay:PT2M}",
            fixedDelayString = "${gsi.cooperation.reminder-interval:PT1H}")
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
                RETURNING c.project_id, c.party, c.deadline, p.title
                """)
                .param("now", Timestamp.from(now))
                .param("horizon", Timestamp.from(now.plus(before)))
                .query((rs, n) -> new Reminder(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        title(rs.getString(4))))
                .list();
        due.forEach(this::send);
        return due;
    }

    private void send(Reminder r) {
        String date = r.deadline().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        notifications.toPartyFocalPoints(
                r.party(),
                new Notice(
                        "consent-reminder",
                        "Consent due by " + date + ": " + r.title(),
                        "Your party's consent to \"" + r.title() + "\" is still pending. Only your focal point can"
                                + " give or decline it; the request lapses on " + date + ".",
                        "/projects/" + r.project()));
        audit.recordSystem(
                "consent-reminders",
                "remind-consent",
                "project",
                r.project().toString(),
                r.party() + " reminded; consent due by " + date);
    }

    private String title(String titles) {
        Map<String, String> t = json.readValue(titles, TEXTS);
        return t.getOrDefault("en", t.values().stream().findFirst().orElse(""));
    }
}
