package org.gsi.notifications.internal;

import java.util.Locale;
import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user's unread notices, newest first, in the reader's language; each leads to its record, or to the inbox when
 * it names none. Notices are delivered only to users whose party may read their record.
 */
@Component
class NoticeWork implements WorkSource {

    private final JdbcClient jdbc;
    private final NoticeWords words;

    NoticeWork(JdbcClient jdbc, NoticeWords words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    @Override
    public String kind() {
        return "notices";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public WorkList pending(Actor actor, String language, int limit) {
        long total = jdbc.sql("SELECT count(*) FROM notifications_message WHERE recipient = ? AND read_at IS NULL")
                .param(actor.username())
                .query(Long.class)
                .single();
        Locale locale = Locale.forLanguageTag(language);
        var items = jdbc.sql("SELECT message, args, link, created_at FROM notifications_message"
                        + " WHERE recipient = ? AND read_at IS NULL ORDER BY created_at DESC, id LIMIT ?")
                .params(actor.username(), limit)
                .query((rs, n) -> new WorkList.Item(
                        words.render(rs.getString("message"), rs.getString("args"), locale)
                                .title(),
                        rs.getString("link") == null || !rs.getString("link").startsWith("/")
                                ? "/inbox"
                                : rs.getString("link"),
                        Optional.empty(),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new WorkList(kind(), items, total);
    }
}
