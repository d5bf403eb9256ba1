package org.gsi.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class ConsentRemindersTests {

    @LocalServerPort
    int port;

    @Autowired
    ConsentReminders reminders;

    @Test
    void aPendingConsentIsRemindedOnceNearItsDeadlineEvenWhenTheProjectChangesMeanwhile() {
        Api api = new Api(port);
        String title = "Reminded " + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"title\":{\"en\":\"" + title + "\"},\"priorityAreas\":[\"III.18\"],\"countries\":[\"MNG\"],"
                + "\"visibility\":\"participants\",\"participants\":[{\"party\":\"ETH\",\"roles\":[\"implementing\"]},"
                + "{\"party\":\"IDN\",\"roles\":[\"implementing\"]}]}";
        String id = api.post("/api/v1/projects", "china", body).json().get("id").asString();
        api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);

        assertThat(remindedParties(Instant.now().plus(Duration.ofDays(1)), id)).isEmpty();
        assertThat(remindedParties(Instant.now().plus(Duration.ofDays(26)), id))
                .containsExactlyInAnyOrder("ETH", "IDN");
        assertThat(api.get("/api/v1/notifications", "ethiopia").body())
                .contains("Consent due by")
                .contains(title);

        api.post("/api/v1/projects/" + id + "/consents", "indonesia", "{\"answer\":\"give\"}");
        assertThat(remindedParties(Instant.now().plus(Duration.ofDays(27)), id)).isEmpty();
        assertThat(remindedParties(Instant.now().plus(Duration.ofDays(31)), id)).isEmpty();
    }

    private List<String> remindedParties(Instant now, String projectId) {
        return reminders.sendDue(now).stream()
                .filter(r -> r.project().toString().equals(projectId))
                .map(ConsentReminders.Reminder::party)
                .toList();
    }
}
