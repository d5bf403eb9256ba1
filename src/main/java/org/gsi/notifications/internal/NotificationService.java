package org.gsi.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gsi.identity.UserSummary;
import org.gsi.identity.Users;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers notices to the users whose party may read what a notice is about, stores each as its message key and
 * arguments, and puts it into words when it is read: the inbox in the reader's language, the e-mail in the
 * recipient's preferred language.
 */
@Service
class NotificationService implements Notifications {

    private final JdbcClient jdbc;
    private final Users users;
    private final Mailer mailer;
    private final NoticeWords words;
    private final MessageSource messages;

    NotificationService(JdbcClient jdbc, Users users, Mailer mailer, NoticeWords words, MessageSource messages) {
        this.jdbc = jdbc;
        this.users = users;
        this.mailer = mailer;
        this.words = words;
        this.messages = messages;
    }

    @Override
    @Transactional
    public int toParty(String party, Role role, Notice notice) {
        if (!notice.readers().admit(party)) {
            return 0;
        }
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
        users.find(username).filter(u -> notice.readers().admit(u.partyCode())).ifPresent(u -> deliver(u, notice));
    }

    @Override
    public long unread(String username) {
        return jdbc.sql("SELECT count(*) FROM notifications_message WHERE recipient = ? AND read_at IS NULL")
                .param(username)
                .query(Long.class)
                .single();
    }

    private void deliver(UserSummary user, Notice notice) {
        String message = "notice." + notice.kind();
        String args = words.write(notice.args());
        int stored = jdbc.sql("INSERT INTO notifications_message"
                        + " (id, recipient, recipient_party, kind, message, args, link, once_key)"
                        + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)"
                        + " ON CONFLICT (recipient, once_key) WHERE once_key IS NOT NULL DO NOTHING")
                .params(
                        UUID.randomUUID(),
                        user.username(),
                        user.partyCode(),
                        notice.kind(),
                        message,
                        args,
                        notice.link(),
                        notice.once())
                .update();
        if (stored == 0) {
            return;
        }
        Locale language = preferred(user);
        mailer.send(
                user,
                notice.kind(),
                messages.getMessage("app.name", null, "GSI Platform", language),
                words.render(message, args, language),
                notice.link());
    }

    private static Locale preferred(UserSummary user) {
        return user.language() == null || user.language().isBlank()
                ? Locale.ENGLISH
                : Locale.forLanguageTag(user.language());
    }

    /** The sortable columns of the inbox, by name in the address, with the SQL that orders by each. */
    static final java.util.Map<String, String> COLUMNS =
            java.util.Map.of("date", "created_at", "unread", "(read_at IS NULL)");

    /** The reader's own notices, newest first. */
    PageView<Message> inbox(String username, boolean unreadOnly, int page, int size, Locale locale) {
        return inbox(username, unreadOnly, null, "created_at DESC, id", page, size, locale);
    }

    /**
     * One page of the reader's own notices, only unread ones or of one kind if asked, in the order given as SQL from
     * {@link #COLUMNS}; the count is of the same notices.
     */
    PageView<Message> inbox(
            String username, boolean unreadOnly, String kind, String orderBy, int page, int size, Locale locale) {
        PageView.checkPaging(page, size);
        boolean ofKind = kind != null && !kind.isBlank();
        String where = " WHERE recipient = :u" + (unreadOnly ? " AND read_at IS NULL" : "")
                + (ofKind ? " AND kind = :kind" : "");
        long total = withKind(jdbc.sql("SELECT count(*) FROM notifications_message" + where), ofKind, kind)
                .param("u", username)
                .query(Long.class)
                .single();
        List<Message> items = withKind(
                        jdbc.sql("SELECT * FROM notifications_message" + where + " ORDER BY " + orderBy
                                + " LIMIT :size OFFSET :offset"),
                        ofKind,
                        kind)
                .param("u", username)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> row(rs, locale))
                .list();
        return new PageView<>(items, page, size, total);
    }

    private static JdbcClient.StatementSpec withKind(JdbcClient.StatementSpec spec, boolean ofKind, String kind) {
        return ofKind ? spec.param("kind", kind) : spec;
    }

    /** The kinds of notice the reader has received, for the inbox's filter. */
    List<String> kinds(String username) {
        return jdbc.sql("SELECT DISTINCT kind FROM notifications_message WHERE recipient = ? ORDER BY kind")
                .param(username)
                .query(String.class)
                .list();
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

    private Message row(ResultSet rs, Locale locale) throws SQLException {
        NoticeWords.Words text = words.render(rs.getString("message"), rs.getString("args"), locale);
        return new Message(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                text.title(),
                text.body(),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") == null
                        ? null
                        : rs.getTimestamp("read_at").toInstant());
    }

    /** A notice in words of the reader's language. */
    record Message(UUID id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {}
}
