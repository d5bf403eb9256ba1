package org.gsi.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gsi.identity.UserSummary;
import org.gsi.identity.Users;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NotificationService implements Notifications {

    private final JdbcClient jdbc;
    private final Users users;
    private final Mailer mailer;

    NotificationService(JdbcClient jdbc, Users users, Mailer mailer) {
        this.jdbc = jdbc;
        this.users = users;
        this.mailer = mailer;
    }

    @Override
    @Transactional
    public int toParty(String party, Role role, Notice notice) {
        List<UserSummary> recipients = users.of(party, role);
        recipients.forEach(u -> deliver(u, notice));
        return recipients.size();
    }

    @Override
    @Transactional
    public int toPartyFocalPoints(String party, Notice notice) {
        return toParty(party, Role.FOCAL_POINT, notice) + toParty(party, Role.ADMINISTRATOR, notice);
    }

    @Override
    @Transactional
    public void toUser(String username, Notice notice) {
        users.find(username).ifPresent(u -> deliver(u, notice));
    }

    @Override
    public long unread(String username) {
        return jdbc.sql("SELECT count(*) FROM notifications_message WHERE recipient = ? AND read_at IS NULL")
                .param(username)
                .query(Long.class)
                .single();
    }

    private void deliver(UserSummary user, Notice notice) {
        jdbc.sql("INSERT INTO notifications_message (id, recipient, recipient_party, kind, title, body, link)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        user.username(),
                        user.partyCode(),
                        notice.kind(),
                        notice.title(),
                        notice.body(),
                        notice.link())
                .update();
        mailer.send(user, notice);
    }

    PageView<Message> inbox(String username, boolean unreadOnly, int page, int size) {
        PageView.checkPaging(page, size);
        String where = " WHERE recipient = :u" + (unreadOnly ? " AND read_at IS NULL" : "");
        long total = jdbc.sql("SELECT count(*) FROM notifications_message" + where)
                .param("u", username)
                .query(Long.class)
                .single();
        List<Message> items = jdbc.sql("SELECT * FROM notifications_message" + where
                        + " ORDER BY created_at DESC LIMIT :size OFFSET :offset")
                .param("u", username)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(NotificationService::row)
                .list();
        return new PageView<>(items, page, size, total);
    }

    @Transactional
    void markRead(String username, UUID id) {
        int n = jdbc.sql(
                        "UPDATE notifications_message SET read_at = coalesce(read_at, now()) WHERE id = ? AND recipient = ?")
                .params(id, username)
                .update();
        if (n == 0) {
            throw new NotFoundException("notification", id.toString());
        }
    }

    @Transactional
    int markAllRead(String username) {
        return jdbc.sql("UPDATE notifications_message SET read_at = now() WHERE recipient = ? AND read_at IS NULL")
                .param(username)
                .update();
    }

    private static Message row(ResultSet rs, int n) throws SQLException {
        return new Message(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") == null
                        ? null
                        : rs.getTimestamp("read_at").toInstant());
    }

    record Message(UUID id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {}
}
