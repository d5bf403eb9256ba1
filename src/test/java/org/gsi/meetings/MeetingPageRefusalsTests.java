package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Refused forms of a meeting's page come back on that page, with the reason and what was typed. */
@PlatformTest
class MeetingPageRefusalsTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    String meeting(String visibility) {
        return meeting(visibility, 50);
    }

    String meeting(String visibility, int capacity) {
        Api.Response r = api.post(
                "/api/v1/meetings",
                "china",
                "{\"series\":\"xiangshan-forum\",\"title\":\"Refusals " + UUID.randomUUID()
                        + "\",\"start\":\"2032-05-10T09:00\",\"end\":\"2032-05-11T18:00\",\"timeZone\":\"Asia/Shanghai\","
                        + "\"capacity\":" + capacity + ",\"visibility\":\"" + visibility + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return "/meetings/" + r.json().get("id").asString();
    }

    String register(String page, String user, String head) {
        Api.Response r = api.post(
                "/api/v1" + page + "/delegations", user, "{\"head\":{\"name\":\"" + head + "\"},\"members\":[]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    static Map<String, String> delegation(String head, String members) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("headName", head);
        form.put("headFunction", "Vice-Minister");
        form.put("members", members);
        form.put("credentials", "Note 12/2032");
        return form;
    }

    @Test
    void aRefusedRegistrationSaysWhyAndKeepsTheDelegationAsTyped() {
        String page = meeting("public");
        PageSession brazil = PageSession.login(port, "brazil");

        PageSession.Page twice =
                brazil.post(page, page + "/delegations", delegation("Ana Lima", "Rui Costa, adviser\nana lima"));

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body())
                .contains("id=\"register-refusal\"")
                .contains("ana lima is listed twice in the delegation. List each person once")
                .contains("value=\"Ana Lima\"", "value=\"Vice-Minister\"", "value=\"Note 12/2032\"")
                .contains("Rui Costa, adviser\nana lima</textarea>");

        PageSession.Page headless = brazil.post(page, page + "/delegations", delegation(" ", "Rui Costa"));
        assertThat(headless.status()).isEqualTo(400);
        assertThat(headless.body()).contains("Name the head of delegation.").contains(">Rui Costa</textarea>");

        assertThat(brazil.post(page, page + "/delegations", delegation("Ana Lima", ""))
                        .status())
                .isEqualTo(302);
        PageSession.Page again = brazil.post(page, page + "/delegations", delegation("Other Head", ""));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body())
                .contains("BRA is already registered for this meeting")
                .contains("value=\"Other Head\"");
    }

    @Test
    void aDecisionOnADelegationThatChangedMeanwhileSaysWhatItIsNow() {
        String page = meeting("public");
        String kaz = register(page, "kazakhstan", "Kaz Head");
        PageSession china = PageSession.login(port, "china");
        PageSession kazakhstan = PageSession.login(port, "kazakhstan");
        String withdraw = page + "/delegations/" + kaz + "/withdraw";
        assertThat(kazakhstan.post(page, withdraw, Map.of()).status()).isEqualTo(302);

        PageSession.Page approve = china.post(page, page + "/delegations/" + kaz + "/approve", Map.of());
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.body())
                .contains("id=\"delegation-refusal\"")
                .contains("This delegation can no longer be approved: it is now withdrawn.");

        PageSession.Page again = kazakhstan.post(page, withdraw, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("This delegation is already withdrawn");
    }

    @Test
    void aMemberWhoDoesNotFitIsRefusedOnThePageWithTheNameKeptAndAMemberCanBeRemoved() {
        String page = meeting("public", 2);
        Api.Response r = api.post(
                "/api/v1" + page + "/delegations",
                "brazil",
                "{\"head\":{\"name\":\"Ana Lima\"},\"members\":[{\"name\":\"Rui Costa\"}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String members = page + "/delegations/" + r.json().get("id").asString() + "/members";
        PageSession brazil = PageSession.login(port, "brazil");

        PageSession.Page full = brazil.post(page, members, Map.of("name", "Lia Souza", "function", "expert"));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body())
                .contains("id=\"member-refusal\"")
                .contains("The meeting is full (2 persons), so Lia Souza cannot be added. Remove another member first")
                .contains("value=\"Lia Souza\"", "value=\"expert\"");

        PageSession.Page known = brazil.post(page, members, Map.of("name", "rui costa"));
        assertThat(known.status()).isEqualTo(409);
        assertThat(known.body()).contains("rui costa is already a member of the delegation.");

        assertThat(brazil.post(page, members + "/removal", Map.of("name", "Rui Costa"))
                        .status())
                .isEqualTo(302);
        assertThat(brazil.post(page, members, Map.of("name", "Lia Souza")).status())
                .isEqualTo(302);
        assertThat(api.get("/api/v1" + page + "/delegations", "brazil").body())
                .contains("Lia Souza")
                .doesNotContain("Rui Costa");
    }

    @Test
    void aCancelledMeetingRefusesNewSessionsOnItsPageAndKeepsTheSession() {
        String page = meeting("public");
        PageSession china = PageSession.login(port, "china");
        assertThat(china.post(page, page + "/cancellation", Map.of()).status()).isEqualTo(302);

        PageSession.Page session = china.post(
                page,
                page + "/sessions",
                Map.of("title", "Late plenary", "start", "2032-05-10T10:00", "end", "2032-05-10T11:00"));
        assertThat(session.status()).isEqualTo(409);
        assertThat(session.body()).contains("The meeting was cancelled, so nothing more can be changed on it.");

        PageSession.Page cancel = china.post(page, page + "/cancellation", Map.of());
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.body()).contains("id=\"cancel-refusal\"");
    }

    @Test
    void aRefusedDocumentOrLetterSaysWhatIsAcceptedAndKeepsTheDocumentsDetails() {
        String page = meeting("public");
        PageSession china = PageSession.login(port, "china");
        byte[] program = "MZ\u0090 not a document".getBytes(StandardCharsets.ISO_8859_1);

        PageSession.Page exe = china.upload(
                page, page + "/documents", Map.of("kind", "background", "title", "Concept note"), "note.pdf", program);
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.body())
                .contains("id=\"document-refusal\"")
                .contains("The file was not accepted: choose a PDF, DOCX, ODT or plain-text file")
                .contains("value=\"Concept note\"")
                .contains("value=\"background\" selected=\"selected\"");

        PageSession.Page text = china.upload(
                page,
                page + "/documents",
                Map.of("kind", "agenda", "title", "Agenda", "negotiatedText", "not-an-id"),
                "agenda.txt",
                "Agenda".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("Only an outcome document names a negotiated text");
        assertThat(api.get("/api/v1" + page + "/documents").body()).isEqualTo("[]");

        String bra = register(page, "brazil", "Letter Head");
        PageSession brazil = PageSession.login(port, "brazil");
        PageSession.Page letter =
                brazil.upload(page, page + "/delegations/" + bra + "/credentials", Map.of(), "letter.pdf", program);
        assertThat(letter.status()).isEqualTo(400);
        assertThat(letter.body()).contains("id=\"letter-refusal\"").contains("The letter was not accepted");
    }

    @Test
    void deletingADocumentThatIsAlreadyGoneSaysSoOnTheMeetingPage() {
        String page = meeting("participants");
        PageSession china = PageSession.login(port, "china");
        assertThat(china.upload(
                                page,
                                page + "/documents",
                                Map.of("kind", "agenda", "title", "Short-lived agenda"),
                                "agenda.txt",
                                "Agenda".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(302);
        String document = api.get("/api/v1" + page + "/documents", "china")
                .json()
                .get(0)
                .get("id")
                .asString();
        String deletion = page + "/documents/" + document + "/deletion";
        assertThat(china.post(page, deletion, Map.of()).status()).isEqualTo(302);

        PageSession.Page again = china.post(page, deletion, Map.of());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body())
                .contains("id=\"document-refusal\"")
                .contains("This document is no longer there: it was deleted meanwhile.");

        PageSession.Page stranger = PageSession.login(port, "ethiopia").post("/meetings", deletion, Map.of());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("Refusals").doesNotContain("document-refusal");
    }

    @Test
    void anotherPartysFormsStayRefusedWithoutShowingItsRecords() {
        String open = meeting("public");
        String kaz = register(open, "kazakhstan", "Hidden Kaz Head");
        PageSession ethiopia = PageSession.login(port, "ethiopia");

        PageSession.Page approve = ethiopia.post(open, open + "/delegations/" + kaz + "/approve", Map.of());
        assertThat(approve.status()).isEqualTo(403);
        assertThat(approve.body()).doesNotContain("Hidden Kaz Head");
        PageSession.Page withdraw = ethiopia.post(open, open + "/delegations/" + kaz + "/withdraw", Map.of());
        assertThat(withdraw.status()).isEqualTo(403);
        assertThat(withdraw.body()).doesNotContain("Hidden Kaz Head");
        PageSession.Page member =
                ethiopia.post(open, open + "/delegations/" + kaz + "/members", Map.of("name", "Intruder"));
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.body()).doesNotContain("Hidden Kaz Head");
        assertThat(api.get("/api/v1" + open + "/delegations", "kazakhstan").body())
                .doesNotContain("Intruder");

        String restricted = meeting("participants");
        PageSession.Page register =
                ethiopia.post("/meetings", restricted + "/delegations", delegation("Eth Head", "Secret Person"));
        assertThat(register.status()).isEqualTo(404);
        assertThat(register.body()).doesNotContain("Refusals");
    }
}
