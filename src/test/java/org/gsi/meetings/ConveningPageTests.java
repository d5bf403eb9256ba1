package org.gsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who is offered the form to convene a meeting, who is refused it, and the series it offers. */
@PlatformTest
class ConveningPageTests {

    static final String PASSWORD = "viewer-password-1";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    PageSession viewer() {
        Api.Response r = api.post(
                "/api/v1/users",
                "secretariat",
                "{\"username\":\"bra-meetings-viewer\",\"party\":\"BRA\",\"role\":\"viewer\",\"password\":\"" + PASSWORD
                        + "\"}");
        assertThat(r.status()).as(r.body()).isIn(201, 409);
        return PageSession.login(port, "bra-meetings-viewer", PASSWORD);
    }

    static Map<String, String> meeting(String series) {
        return meeting(series, "Convening page meeting");
    }

    static Map<String, String> meeting(String series, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("series", series);
        form.put("title", title);
        form.put("start", "2033-03-01T09:00");
        form.put("end", "2033-03-01T17:00");
        form.put("timeZone", "UTC");
        form.put("capacity", "40");
        form.put("visibility", "public");
        return form;
    }

    @Test
    void onlyUsersWhoMayConveneAreOfferedTheFormAndOthersAreRefusedIt() {
        PageSession china = PageSession.login(port, "china");
        assertThat(china.get("/meetings").body()).contains("id=\"convene\" href=\"/meetings/new\"");
        assertThat(china.get("/meetings/new").status()).isEqualTo(200);

        PageSession viewer = viewer();
        assertThat(viewer.get("/meetings").body())
                .contains("/meetings/my-calendar")
                .doesNotContain("/meetings/new");
        PageSession.Page form = viewer.get("/meetings/new");
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.body()).contains("Your role (viewer) does not allow this.");
        PageSession.Page post =
                viewer.post("/meetings", "/meetings/new", meeting("xiangshan-forum", "Meeting a viewer tried"));
        assertThat(post.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/meetings?series=xiangshan-forum").body()).doesNotContain("Meeting a viewer tried");

        assertThat(PageSession.anonymous(port).get("/meetings").body()).doesNotContain("/meetings/new");
    }

    @Test
    void theSeriesIsChosenAmongForumsAndOrganisationsAndAnUnknownOneIsRefusedReadably() {
        PageSession china = PageSession.login(port, "china");
        String form = china.get("/meetings/new").body();
        assertThat(form)
                .contains("<datalist id=\"series-options\">")
                .contains("<option value=\"xiangshan-forum\">")
                .contains("<option value=\"cica\">")
                .doesNotContain("<option value=\"CHN\">")
                .contains("first registered in the registry by the secretariat");

        PageSession.Page unknown = china.post("/meetings/new", "/meetings/new", meeting("no-such-forum"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body())
                .contains("id=\"series-error\"")
                .contains("Name an existing mechanism or forum series by its code.")
                .contains("value=\"no-such-forum\"")
                .contains("value=\"Convening page meeting\"");

        PageSession.Page state = china.post("/meetings/new", "/meetings/new", meeting("BRA"));
        assertThat(state.status()).isEqualTo(400);
        assertThat(china.post("/meetings/new", "/meetings/new", meeting("xiangshan-forum"))
                        .status())
                .isEqualTo(302);
        assertThat(PageSession.login(port, "secretariat").get("/meetings/new").body())
                .contains("href=\"/parties\"");
    }
}
