package org.gsi.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gsi.Api;
import tools.jackson.databind.JsonNode;

/** Builds texts through the API for the tests: opens one, adds paragraphs, states positions. */
final class TextFlow {

    private final Api api;

    TextFlow(Api api) {
        this.api = api;
    }

    /** Opens a text facilitated by the secretariat among the given parties; returns its id. */
    String open(String title, String rule, String visibility, String... participants) {
        return openInTrack(title, rule, visibility, null, participants);
    }

    String openInTrack(String title, String rule, String visibility, String track, String... participants) {
        StringBuilder p = new StringBuilder();
        for (String code : participants) {
            p.append(p.length() == 0 ? "" : ",").append('"').append(code).append('"');
        }
        String body = "{\"title\":\"" + title + "\",\"rule\":\"" + rule + "\",\"participants\":[" + p
                + "],\"facilitator\":\"gsi-secretariat\",\"visibility\":\"" + visibility + "\""
                + (track == null ? "" : ",\"trackId\":\"" + track + "\"") + "}";
        Api.Response r = api.post("/api/v1/texts", "secretariat", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String etag(String id) {
        return api.get("/api/v1/texts/" + id, "secretariat").header("ETag");
    }

    JsonNode addParagraph(String id, String number, String text) {
        Api.Response r = api.send(
                "POST",
                "/api/v1/texts/" + id + "/paragraphs",
                "secretariat",
                "{\"number\":\"" + number + "\",\"text\":\"" + text + "\"}",
                java.util.Map.of("If-Match", etag(id)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    Api.Response position(String id, String number, String user, String party, String stance, String reason) {
        return api.put(
                "/api/v1/texts/" + id + "/paragraphs/" + number + "/positions/" + party,
                user,
                "{\"stance\":\"" + stance + "\",\"reason\":\"" + reason + "\"}",
                null);
    }

    Api.Response optionPosition(String id, String number, String user, String party, String option, String stance) {
        return api.put(
                "/api/v1/texts/" + id + "/paragraphs/" + number + "/positions/" + party,
                user,
                "{\"stance\":\"" + stance + "\",\"option\":\"" + option + "\"}",
                null);
    }

    Api.Response replace(String id, String number, String user, long base, int start, int end, String text) {
        return api.post(
                "/api/v1/texts/" + id + "/amendments",
                user,
                "{\"paragraph\":\"" + number + "\",\"kind\":\"replace\",\"start\":" + start + ",\"end\":" + end
                        + ",\"text\":\"" + text + "\",\"baseRevision\":" + base + "}");
    }

    JsonNode text(String id, String user) {
        return api.get("/api/v1/texts/" + id, user).json();
    }
}
