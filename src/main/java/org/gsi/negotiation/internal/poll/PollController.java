package org.gsi.negotiation.internal.poll;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Polls", description = "Consent/objection and ranked-choice polls among the members of a mechanism")
class PollController {

    private final PollService polls;
    private final JsonMapper json;

    PollController(PollService polls, JsonMapper json) {
        this.polls = polls;
        this.json = json;
    }

    record PollView(
            UUID id,
            String mechanism,
            String question,
            String kind,
            List<String> choices,
            List<String> members,
            BigDecimal quorum,
            boolean resultsHiddenUntilClose,
            String status,
            List<String> voted,
            Map<String, Integer> count,
            JsonNode outcome,
            boolean demo,
            long version,
            Instant createdAt) {}

    @GetMapping("/api/v1/polls")
    @Operation(summary = "Polls you may read")
    PageView<PollView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        String reader = Actors.readerParty();
        return polls.list(reader, page, size).map(h -> view(reader, h));
    }

    @PostMapping("/api/v1/polls")
    @Operation(summary = "Open a poll among the current members of a mechanism")
    ResponseEntity<PollView> open(@RequestBody PollService.OpenPollRequest r) {
        UUID id = polls.open(Actors.required(), r, false);
        PollView view = get(id);
        return ResponseEntity.created(URI.create("/api/v1/polls/" + id))
                .eTag(Versions.etag(view.version()))
                .body(view);
    }

    @GetMapping("/api/v1/polls/{id}")
    @Operation(summary = "A poll: who voted, the count (unless hidden until close) and the outcome")
    PollView get(@PathVariable UUID id) {
        String reader = Actors.readerParty();
        return view(reader, polls.head(reader, id));
    }

    @PostMapping("/api/v1/polls/{id}/ballots")
    @Operation(summary = "Your party's ballot (focal point of a member only; a new ballot replaces the earlier one)")
    PollView vote(@PathVariable UUID id, @RequestBody PollService.BallotRequest r) {
        polls.vote(Actors.required(), id, r);
        return get(id);
    }

    @PostMapping("/api/v1/polls/{id}/closure")
    @Operation(summary = "Close the poll and record its outcome (the party that opened it)")
    PollView close(@PathVariable UUID id) {
        polls.close(Actors.required(), id);
        return get(id);
    }

    private PollView view(String reader, PollStore.PollHead h) {
        return new PollView(
                h.id(),
                h.mechanism(),
                h.question(),
                h.kind().name().toLowerCase().replace('_', '-'),
                h.choices(),
                h.members(),
                h.quorum(),
                h.hidden(),
                h.status().toLowerCase(),
                polls.voted(reader, h.id()),
                polls.count(reader, h.id()).orElse(null),
                h.outcome() == null ? null : json.readTree(h.outcome()),
                h.demo(),
                h.version(),
                h.createdAt());
    }
}
