package org.gsi.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox pages in the database, newest first or unread first, filters by kind and unread, keeps its filters and
 * order in every link and after a notice is marked read, and shows a reader only their own notices.
 */
@PlatformTest
class InboxTableTests {

    private static final String PASSWORD = "a-long-password-1";

    /** The number in a French title "Négociation ouverte : Sujet 12" or "Scrutin : Sujet 13". */
    private static final Pattern SUBJECT = Pattern.compile("<strong dir=\"auto\">[^<]*Sujet (\\d+)</strong>");

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    private String user(Api api, String prefix, String name) {
        String username = prefix + "-" + name;
        Api.Response added = api.post(
                "/api/v1/users",
                "secretariat",
                "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                        + "\",\"party\":\"ETH\",\"role\":\"viewer\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return username;
    }

    @Test
    void aFrenchReaderPagesSortsAndFiltersOnlyTheirOwnNotices() {
        Api api = new Api(port);
        String prefix = "ib" + Long.toString(System.nanoTime(), 36);
        String reader = user(api, prefix, "reader");
        String other = user(api, prefix, "other");
        // 55 notices, numbered in the order they arrive; odd ones are polls, even ones negotiations
        for (int i = 0; i < 55; i++) {
            String kind = i % 2 == 0 ? "text-opened" : "poll-opened";
            notifications.toUser(reader, Notice.of(kind, null, Readers.everyone(), "Sujet " + i, "SCO"));
        }
        for (int i = 0; i < 3; i++) {
            notifications.toUser(other, Notice.of("poll-opened", null, Readers.everyone(), "Sujet 9" + i + "9", "SCO"));
        }
        // the reader has read the first ten
        jdbc.sql("UPDATE notifications_message SET read_at = now() WHERE recipient = ? AND id IN (SELECT id FROM"
                        + " notifications_message WHERE recipient = ? ORDER BY created_at LIMIT 10)")
                .params(reader, reader)
                .update();

        PageSession session = PageSession.login(port, reader, PASSWORD);
        session.get("/lang?lang=fr");
        var second = session.get("/inbox?sort=date&dir=desc&size=25&page=1");
        assertThat(second.status()).isEqualTo(200);
        // rows 26–50 of the newest first: notices 29 down to 5, in French
        assertThat(numbers(second.body())).containsExactlyElementsOf(descending(29, 5));
        assertThat(second.body())
                .contains("Négociation ouverte : Sujet 28")
                .contains("Scrutin : Sujet 29")
                .contains("55 notifications")
                .doesNotContain("Sujet 909")
                .contains("href=\"/inbox?sort=date&amp;dir=desc&amp;size=25&amp;page=2\"")
                .contains("href=\"/inbox?sort=date&amp;dir=asc&amp;size=25\"");

        // only unread polls: the 22 odd ones from 11 to 53; the filter stays in every page link
        var polls = session.get("/inbox?kind=poll-opened&unread=1&sort=date&dir=asc&size=25");
        assertThat(numbers(polls.body())).containsExactlyElementsOf(ascendingOdd(11, 53));
        assertThat(polls.body())
                .contains("22 notifications")
                .contains("href=\"/inbox?kind=poll-opened&amp;unread=1&amp;sort=date&amp;dir=desc&amp;size=25\"")
                .contains("value=\"poll-opened\" selected=\"selected\"");

        // unread first: the ten read ones come last
        var unreadFirst = session.get("/inbox?sort=unread&dir=desc&size=50&page=0");
        List<Integer> order = numbers(unreadFirst.body());
        assertThat(order.subList(0, 45)).hasSize(45).doesNotContainAnyElementsOf(descending(9, 0));
        assertThat(order.subList(45, 50)).containsExactlyElementsOf(descending(9, 5));
        assertThat(numbers(session.get("/inbox?sort=unread&dir=desc&size=50&page=1")
                        .body()))
                .containsExactlyElementsOf(descending(4, 0));

        // marking a notice read comes back to the same page, with its filters and order
        String back = "/inbox?kind=poll-opened&unread=1&sort=date&dir=asc&size=25";
        String id = jdbc.sql("SELECT id::text FROM notifications_message WHERE recipient = ? AND kind = 'poll-opened'"
                        + " AND read_at IS NULL ORDER BY created_at LIMIT 1")
                .param(reader)
                .query(String.class)
                .single();
        var marked = session.post(back, "/inbox/" + id + "/read", Map.of("back", back));
        assertThat(marked.status()).isEqualTo(302);
        assertThat(marked.location()).endsWith(back);
        assertThat(numbers(session.get(back).body())).containsExactlyElementsOf(ascendingOdd(13, 53));
        var elsewhere = session.post(back, "/inbox/" + id + "/read", Map.of("back", "//example.org/inbox"));
        assertThat(elsewhere.location()).endsWith("/inbox").doesNotContain("example.org");

        // the other reader sees their three only, in rows and count
        PageSession otherSession = PageSession.login(port, other, PASSWORD);
        var theirs = otherSession.get("/inbox?size=200");
        assertThat(theirs.body()).contains("Sujet 909").doesNotContain("Sujet 28<");
        assertThat(api.login(other, PASSWORD)).isNotBlank();
        Api.Response list = api.get("/api/v1/notifications?kind=poll-opened&size=200", other);
        assertThat(list.json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void theApiSortsUnreadFirstAndRefusesAnUnknownOrderNamingIt() {
        Api api = new Api(port);
        String prefix = "ia" + Long.toString(System.nanoTime(), 36);
        String reader = user(api, prefix, "reader");
        for (int i = 0; i < 4; i++) {
            notifications.toUser(reader, Notice.of("text-opened", null, Readers.everyone(), "Sujet " + i, "SCO"));
        }
        jdbc.sql("UPDATE notifications_message SET read_at = now() WHERE recipient = ? AND id IN (SELECT id FROM"
                        + " notifications_message WHERE recipient = ? ORDER BY created_at DESC LIMIT 1)")
                .params(reader, reader)
                .update();
        api.login(reader, PASSWORD);
        Api.Response unreadFirst = api.get("/api/v1/notifications?sort=unread&lang=fr", reader);
        assertThat(unreadFirst.status()).isEqualTo(200);
        var items = unreadFirst.json().get("items");
        assertThat(items.get(0).get("title").asString()).isEqualTo("Négociation ouverte : Sujet 2");
        assertThat(items.get(3).get("title").asString()).isEqualTo("Négociation ouverte : Sujet 3");
        Api.Response newest = api.get("/api/v1/notifications", reader);
        assertThat(newest.json().get("items").get(0).get("title").asString()).isEqualTo("Negotiation opened: Sujet 3");

        Api.Response refused = api.get("/api/v1/notifications?sort=title;DROP", reader);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("sort");
    }

    private static List<Integer> numbers(String body) {
        return SUBJECT.matcher(body)
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
    }

    private static List<Integer> descending(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(to, from)
                .map(i -> from + to - i)
                .boxed()
                .toList();
    }

    private static List<Integer> ascendingOdd(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .filter(i -> i % 2 == 1)
                .boxed()
                .toList();
    }
}
