package org.gsi.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A notice reaches only users whose party may read what it is about, is kept as a message key with its arguments,
 * and is read in the reader's language.
 */
@PlatformTest
class NoticeReadersTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    /** China opens a track with Kazakhstan, plans a session and drafts its minutes. */
    void draftMinutes(String subject, String visibility) {
        Api.Response opened = api.post(
                "/api/v1/dialogues",
                "china",
                "{\"subject\":\"" + subject + "\",\"format\":\"bilateral-consultation\",\"parties\":[\"CHN\",\"KAZ\"],"
                        + "\"visibility\":\"" + visibility + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        Api.Response planned = api.send(
                "POST",
                "/api/v1/dialogues/" + id + "/sessions",
                "china",
                "{\"date\":\"2026-03-02\",\"place\":\"Almaty\",\"participants\":[\"CHN\",\"KAZ\"],\"agenda\":[\"Quotas\"]}",
                java.util.Map.of("If-Match", etag(id)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        Api.Response drafted = api.put(
                "/api/v1/dialogues/" + id + "/sessions/1/minutes",
                "china",
                "{\"text\":\"Quotas reviewed.\"}",
                etag(id));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
    }

    String etag(String track) {
        return api.get("/api/v1/dialogues/" + track, "china").header("ETag");
    }

    @Test
    void theMinutesOfAnOwnerOnlyDialogueNeverReachAnotherParty() {
        String hidden = "Owner-only talks " + UUID.randomUUID();
        String shared = "Shared talks " + UUID.randomUUID();

        draftMinutes(hidden, "owner");
        draftMinutes(shared, "participants");

        String kazakhInbox =
                api.get("/api/v1/notifications?size=200", "kazakhstan").body();
        assertThat(kazakhInbox).contains(shared).doesNotContain(hidden);
        assertThat(api.get("/inbox", "kazakhstan").body()).doesNotContain(hidden);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications_message WHERE recipient_party <> 'CHN'"
                                + " AND args::text LIKE :subject")
                        .param("subject", "%" + hidden + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNoticeIsKeptAsAKeyWithArgumentsAndReadInTheReadersLanguage() {
        String subject = "Fisheries " + UUID.randomUUID();
        draftMinutes(subject, "participants");

        assertThat(jdbc.sql("SELECT message FROM notifications_message WHERE recipient = 'kazakhstan'"
                                + " AND args::text LIKE :subject")
                        .param("subject", "%" + subject + "%")
                        .query(String.class)
                        .single())
                .isEqualTo("notice.minutes-drafted");
        assertThat(title(subject, "en")).isEqualTo("Minutes to approve: " + subject);
        assertThat(title(subject, "fr")).isEqualTo("Procès-verbal à approuver : " + subject);
        assertThat(title(subject, "zh")).isEqualTo("待批准的会议纪要：" + subject);
        assertThat(title(subject, "ar")).isEqualTo("محضر بانتظار الموافقة: " + subject);
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        assertThat(kazakhstan.get("/inbox?lang=ru").body())
                .contains("Протокол на утверждение: " + subject)
                .contains("Подготовлен протокол заседания 1");
    }

    String title(String subject, String lang) {
        for (var n : api.get("/api/v1/notifications?size=200&lang=" + lang, "kazakhstan")
                .json()
                .get("items")) {
            if (n.get("title").asString().contains(subject)) {
                return n.get("title").asString();
            }
        }
        return null;
    }
}
