package org.gsi.negotiation.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gsi.PlatformTest;
import org.gsi.negotiation.AmendmentKind;
import org.gsi.negotiation.Stance;
import org.gsi.negotiation.TextStatus;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.gsi.platform.Visibility;
import org.gsi.registry.PartyCode;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The performance targets of negotiated texts, measured on the running platform: a text of 300 paragraphs among
 * 60 parties with 5 options on 50 paragraphs. Not part of the test suite (run it by name, see
 * bench/negotiation/README.md); it prints its numbers.
 */
@PlatformTest
@org.springframework.test.context.TestPropertySource(
        properties = "logging.level.org.springframework.context.support.ResourceBundleMessageSource=error")
class LargeTextBenchmark {

    static final int PARAGRAPHS = 300;
    static final int PARTIES = 60;
    static final int OPTIONED = 50;
    static final int OPTIONS = 5;

    @LocalServerPort
    int port;

    @Autowired
    Registry registry;

    @Autowired
    TextStore store;

    @Autowired
    TextRebuilder rebuilder;

    @Autowired
    NegotiationService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void measure() throws Exception {
        List<String> parties =
                registry
                        .search(new PartyQuery(null, PartyKind.STATE, null, null, null, "en", 0, PARTIES))
                        .items()
                        .stream()
                        .map(p -> p.code())
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (!parties.contains("CHN")) {
            parties.set(parties.size() - 1, "CHN");
        }
        UUID id = load(parties);
        TextHead head = store.find(id).orElseThrow();
        long t0 = System.nanoTime();
        NegotiatedText text = rebuilder.rebuild(head);
        report("rebuild from the log (" + head.version() + " commands)", System.nanoTime() - t0);
        long[] runs = new long[30];
        for (int i = 0; i < runs.length; i++) {
            long s = System.nanoTime();
            int agreed = 0;
            for (Paragraph p : text.paragraphs()) {
                agreed += text.policy().evaluate(p).agreed() ? 1 : 0;
            }
            ComfortMapView view = ComfortMapView.of(text);
            runs[i] = System.nanoTime() - s;
            if (agreed < 0 || view.rows().size() != PARAGRAPHS) {
                throw new IllegalStateException();
            }
        }
        report("status of every paragraph + comfort map (median of 30)", median(runs));
        long m0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            messages.getMessage("negotiation.revision", new Object[] {i}, java.util.Locale.ENGLISH);
        }
        report("1000 message lookups", System.nanoTime() - m0);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/texts/" + id))
                .build();
        long[] pages = new long[20];
        int bytes = 0;
        for (int i = -5; i < pages.length; i++) {
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(page, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("page " + r.statusCode());
            }
            bytes = r.body().length();
            if (i >= 0) {
                pages[i] = System.nanoTime() - s;
            }
        }
        report("text page render, " + bytes / 1024 + " KiB (median of 20)", median(pages));
        HttpRequest asParticipant = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/texts/" + id))
                .header("Authorization", "Bearer " + new org.gsi.Api(port).token("china"))
                .build();
        long[] participantPages = new long[20];
        int participantBytes = 0;
        for (int i = -5; i < participantPages.length; i++) {
            long s = System.nanoTime();
            HttpResponse<String> r = http.send(asParticipant, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("/position")) {
                throw new IllegalStateException("participant page " + r.statusCode());
            }
            participantBytes = r.body().length();
            if (i >= 0) {
                participantPages[i] = System.nanoTime() - s;
            }
        }
        report(
                "text page render for a participating focal point (position and amendment forms), "
                        + participantBytes / 1024 + " KiB (median of 20)",
                median(participantPages));
        HttpRequest map = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/texts/" + id + "/comfort-map"))
                .build();
        long[] maps = new long[20];
        for (int i = -3; i < maps.length; i++) {
            long s = System.nanoTime();
            http.send(map, HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                maps[i] = System.nanoTime() - s;
            }
        }
        report("comfort map fragment alone (median of 20)", median(maps));
        HttpRequest api = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/texts/" + id))
                .build();
        long[] apis = new long[20];
        for (int i = -3; i < apis.length; i++) {
            long s = System.nanoTime();
            http.send(api, HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                apis[i] = System.nanoTime() - s;
            }
        }
        report("text as JSON from the API (median of 20)", median(apis));
        fanOut(id, parties, http);
    }

    private void fanOut(UUID id, List<String> parties, HttpClient http) throws Exception {
        ConcurrentHashMap<Long, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<long[]> received = new ConcurrentLinkedQueue<>();
        CountDownLatch connected = new CountDownLatch(PARTIES);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < PARTIES; i++) {
            Thread t = new Thread(() -> listen(http, id, connected, received));
            t.setDaemon(true);
            t.start();
            readers.add(t);
        }
        connected.await(20, TimeUnit.SECONDS);
        System.out.printf("BENCH SSE viewers connected: %d%n", PARTIES - connected.getCount());
        int changes = 50;
        for (int i = 0; i < changes; i++) {
            String party = parties.get(i % parties.size());
            long before = System.nanoTime();
            var result = service.execute(
                    new Actor("bench", party, Role.FOCAL_POINT),
                    id,
                    new TextCommand.State("OP1", null, i % 2 == 0 ? Stance.SUPPORT : Stance.ENDORSE, ""),
                    null,
                    false);
            sentAt.put(result.version(), before);
            Thread.sleep(Math.max(0, 100 - (System.nanoTime() - before) / 1_000_000));
        }
        Thread.sleep(2000);
        long[] all = received.stream()
                .filter(r -> sentAt.containsKey(r[0]))
                .mapToLong(r -> r[1] - sentAt.get(r[0]))
                .sorted()
                .toArray();
        System.out.printf(
                "BENCH SSE fan-out: %d viewers, %d changes at 10/s: %d deliveries, median %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms%n",
                PARTIES,
                changes,
                all.length,
                all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6,
                all[all.length - 1] / 1e6);
        readers.forEach(Thread::interrupt);
    }

    private void listen(HttpClient http, UUID id, CountDownLatch connected, ConcurrentLinkedQueue<long[]> received) {
        try {
            HttpRequest r = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/texts/" + id + "/events"))
                    .header("Accept", "text/event-stream")
                    .build();
            var in = http.send(r, HttpResponse.BodyHandlers.ofInputStream()).body();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("event:hello")) {
                    connected.countDown();
                }
                if (line.startsWith("data:") && line.contains("\"kind\"")) {
                    long now = System.nanoTime();
                    String v = line.replaceAll(".*\"version\":(\\d+).*", "$1");
                    received.add(new long[] {Long.parseLong(v), now});
                }
            }
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the text's log directly (the commands the service would write), then lets the service read it. */
    private UUID load(List<String> parties) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        store.insert(new TextHead(
                id,
                "Benchmark text " + id,
                "consensus",
                null,
                "gsi-secretariat",
                parties,
                parties,
                Visibility.PUBLIC,
                "gsi-secretariat",
                java.util.Optional.empty(),
                TextStatus.DRAFTING,
                false,
                0,
                now,
                now));
        NegotiatedText text = NegotiatedText.draft(
                new org.gsi.negotiation.TextId(id),
                "Benchmark text",
                org.gsi.negotiation.DecisionRule.consensus(),
                parties.stream().map(PartyCode::of).toList(),
                PartyCode.of("gsi-secretariat"));
        List<Object[]> rows = new ArrayList<>();
        Delegate facilitator = new Delegate(PartyCode.of("gsi-secretariat"), false);
        for (int n = 1; n <= PARAGRAPHS; n++) {
            add(
                    rows,
                    text,
                    facilitator,
                    new TextCommand.AddParagraph(
                            "OP" + n,
                            "The parties will cooperate on matter number " + n
                                    + " in good faith and with due regard for the" + " interests of all."),
                    now);
        }
        for (int n = 1; n <= OPTIONED; n++) {
            for (int o = 0; o < OPTIONS; o++) {
                Delegate by = new Delegate(PartyCode.of(parties.get(o)), true);
                add(
                        rows,
                        text,
                        by,
                        new TextCommand.Propose(
                                "OP" + n,
                                o,
                                AmendmentKind.REPLACE,
                                4,
                                11,
                                "option " + o + " wording",
                                UUID.randomUUID()),
                        now);
            }
        }
        Stance[] stances = Stance.values();
        for (int n = 1; n <= PARAGRAPHS; n++) {
            for (int p = 0; p < parties.size(); p++) {
                Stance s = stances[(n * 7 + p * 3) % 4 == 0 ? 3 : (n + p) % 3];
                Delegate by = new Delegate(PartyCode.of(parties.get(p)), true);
                add(rows, text, by, new TextCommand.State("OP" + n, null, s, s.requiresReason() ? "reason" : ""), now);
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO negotiation_text_command (text_id, seq, kind, actor_party, focal_point, username,"
                        + " payload, at) VALUES (?, ?, ?, ?, ?, 'bench', ?::jsonb, ?)",
                rows);
        jdbc.update("UPDATE negotiation_text SET version = ? WHERE id = ?", text.version(), id);
        return id;
    }

    private void add(List<Object[]> rows, NegotiatedText text, Delegate by, TextCommand c, Instant at) {
        c.applyTo(text, by, at);
        rows.add(new Object[] {
            text.id().value(),
            text.version(),
            c.logKind(),
            by.party().value(),
            by.focalPoint(),
            json.writeValueAsString(c),
            java.sql.Timestamp.from(at)
        });
    }

    private static long median(long[] values) {
        long[] sorted = Arrays.copyOf(values, values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(String what, long nanos) {
        System.out.printf("BENCH %s: %.1f ms%n", what, nanos / 1e6);
    }
}
