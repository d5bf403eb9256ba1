package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.gsi.Api;
import org.gsi.BrowserSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;

/** A reader sees times in their own time zone and language, and notices in their language. */
class ReaderBrowserTests extends BrowserSession {

    @Test
    void aMeetingShowsTheTimeOfItsCalendarEntryInItsZoneAndTheReadersBrowserZoneBeside() throws Exception {
        Api api = new Api(port);
        String title = "Reader time " + UUID.randomUUID();
        String meeting = api.post(
                        "/api/v1/meetings",
                        "china",
                        "{\"series\":\"xiangshan-forum\",\"title\":\"" + title
                                + "\",\"start\":\"2031-03-10T09:00\",\"end\":\"2031-03-10T17:30\","
                                + "\"timeZone\":\"Asia/Shanghai\",\"capacity\":30,\"visibility\":\"public\"}")
                .json()
                .get("id")
                .asString();
        ((HasCdp) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Paris"));
        open("/meetings");
        open("/meetings/" + meeting + "?lang=en");

        String ics = api.get("/calendar/meetings/" + meeting + ".ics").body();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        ZonedDateTime start = (ZonedDateTime) events.get(0).getDateTimeStart().getDate();
        assertThat(ics).contains("DTSTART;TZID=Asia/Shanghai:20310310T090000");
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2031-03-10T01:00:00Z"));

        String meetingTime = text(By.id("meeting-time"));
        assertThat(meetingTime)
                .contains(english(start, "Asia/Shanghai"))
                .contains("9:00")
                .contains("China");
        assertThat(text(By.id("reader-time")))
                .contains(english(start, "Europe/Paris"))
                .contains("2:00")
                .contains("France");
    }

    @Test
    void aFrenchReaderReadsANoticeInFrenchWithTheProjectTitleInFrench() {
        Api api = new Api(port);
        String title = "Notice language " + UUID.randomUUID();
        String project = "{\"title\":{\"en\":\"" + title + "\",\"fr\":\"" + title + " (fr)\"},"
                + "\"priorityAreas\":[\"III.4\"],\"domains\":[\"landmines\"],\"countries\":[\"KAZ\"],"
                + "\"visibility\":\"public\",\"participants\":[{\"party\":\"KAZ\",\"roles\":[\"implementing\"]}]}";
        Api.Response created = api.post("/api/v1/projects", "china", project);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response proposed = api.change(
                "POST",
                "/api/v1/projects/" + id + "/transitions",
                "china",
                "{\"action\":\"propose\"}",
                "/api/v1/projects/" + id);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);

        logIn("kazakhstan");
        open("/inbox?lang=fr");
        wait.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.tagName("main")).getText().contains(title + " (fr)");
        });
        String inbox = browser.findElement(By.tagName("main")).getText();
        assertThat(inbox).contains("Consentement demandé : " + title + " (fr)").doesNotContain("Consent requested");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("fr");
    }

    private static String english(ZonedDateTime at, String zone) {
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.ENGLISH);
        format.setTimeZone(TimeZone.getTimeZone(zone));
        return format.format(Date.from(at.toInstant()));
    }
}
