package org.gsi.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The nomination form of a course page: it says how many seats the reader's country has left, offers nominating only
 * while the course would take it (saying why not otherwise), keeps what was typed when it is refused, and lets the
 * country withdraw a nomination after a confirmation, which frees the seat.
 */
@PlatformTest
class NominationFormTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    String course(LocalDate deadline) {
        String body = "{\"provider\":\"demo-security-academy\",\"topic\":\"Form " + UUID.randomUUID() + "\","
                + "\"priorityAreas\":[\"III.15\"],\"start\":\"" + deadline.plusDays(3) + "\",\"end\":\""
                + deadline.plusDays(10) + "\",\"seats\":4,\"capPerCountry\":2,\"eligibility\":\"parties\","
                + "\"eligibleParties\":[\"KAZ\",\"ETH\"],\"nominationDeadline\":\"" + deadline + "\"}";
        Api.Response created = api.post("/api/v1/training/courses", "china", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String course = created.json().get("id").asString();
        if (!deadline.isBefore(LocalDate.now())) {
            new TrainingSteps(api).allocate(course, 1, "kazakhstan");
        }
        return course;
    }

    String nominate(String course, String name) {
        Api.Response r = api.post(
                "/api/v1/training/courses/" + course + "/nominations", "kazakhstan", "{\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void aNominationRefusedBecauseTheLastSeatWentMeanwhileKeepsEverythingTyped() {
        String course = course(LocalDate.now().plusDays(5));
        String page = "/training/courses/" + course;
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        assertThat(kazakhstan.get(page).body()).contains("Seats remaining for your country: 1 of 1");
        nominate(course, "Colleague Nominated Meanwhile");

        PageSession.Page refused = kazakhstan.post(
                page,
                page + "/nominations",
                Map.of(
                        "name",
                        "Aigerim Nurlanova",
                        "function",
                        "Border inspector",
                        "contact",
                        "a.n@example.kz",
                        "language",
                        "ru"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("id=\"training-nominate-refusal\"")
                .contains("Seats allocated to KAZ: 1. Every one is held by a nomination")
                .contains("value=\"Aigerim Nurlanova\"", "value=\"Border inspector\"", "value=\"a.n@example.kz\"")
                .containsPattern("<option value=\"ru\" lang=\"ru\" selected=\"selected\"");
    }

    @Test
    void aBlankNameIsSaidNextToTheNameField() {
        String course = course(LocalDate.now().plusDays(5));
        String page = "/training/courses/" + course;
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");

        PageSession.Page refused =
                kazakhstan.post(page, page + "/nominations", Map.of("name", " ", "function", "Analyst"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<span class=\"field-error\" id=\"name-error\">Give the candidate&#39;s name.</span>")
                .contains("value=\"Analyst\"");
    }

    @Test
    void nominatingIsNotOfferedOnceTheSeatsAreTakenOrTheDeadlinePassedAndThePageSaysWhy() {
        String full = course(LocalDate.now().plusDays(5));
        nominate(full, "Holder Of The Seat");
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");

        String page = kazakhstan.get("/training/courses/" + full).body();
        assertThat(page)
                .contains("Seats remaining for your country: 0 of 1")
                .contains("<p class=\"unavailable\">Seats allocated to KAZ: 1. Every one is held by a nomination")
                .contains("<fieldset disabled=\"disabled\">");

        LocalDate deadline = LocalDate.now().minusDays(1);
        String late = kazakhstan.get("/training/courses/" + course(deadline)).body();
        assertThat(late)
                .contains("<p class=\"unavailable\">Nominations for this course closed on "
                        + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(java.util.Locale.ENGLISH)
                                .format(deadline)
                        + ".</p>")
                .contains("<fieldset disabled=\"disabled\">");

        String open = kazakhstan
                .get("/training/courses/" + course(LocalDate.now().plusDays(5)))
                .body();
        assertThat(open).doesNotContain("class=\"unavailable\"").doesNotContain("<fieldset disabled");
    }

    @Test
    void aCountryWithdrawsItsNominationAfterConfirmingAndTheSeatIsFreeAgain() {
        String course = course(LocalDate.now().plusDays(5));
        String nomination = nominate(course, "Candidate Who Withdraws");
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        String page = "/training/courses/" + course;
        String withdraw = "/training/nominations/" + nomination + "/withdraw";
        assertThat(kazakhstan.get(page).body()).contains("href=\"" + withdraw + "\"");
        assertThat(PageSession.login(port, "ethiopia").get(page).body()).doesNotContain(withdraw);

        PageSession.Page confirm = kazakhstan.get(withdraw);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body())
                .contains("Withdraw the nomination of Candidate Who Withdraws")
                .contains("action=\"" + withdraw + "\"")
                .contains("href=\"" + page + "\"");
        assertThat(kazakhstan.post(withdraw, withdraw, Map.of()).status()).isEqualTo(302);

        String after = kazakhstan.get(page).body();
        assertThat(after).contains("Seats remaining for your country: 1 of 1").doesNotContain("href=\"" + withdraw);
        assertThat(api.get("/api/v1/training/courses/" + course + "/nominations")
                        .body())
                .contains("\"withdrawn\"");
    }
}
