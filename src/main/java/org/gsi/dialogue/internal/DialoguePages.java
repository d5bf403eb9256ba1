package org.gsi.dialogue.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.PageView;
import org.gsi.platform.Versions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of dialogue tracks: the tracks a party takes part in, and a track with its timeline. */
@Controller
class DialoguePages {

    private final DialogueService tracks;
    private final MeasureService measures;

    DialoguePages(DialogueService tracks, MeasureService measures) {
        this.tracks = tracks;
        this.measures = measures;
    }

    @GetMapping("/dialogues")
    String list(@RequestParam(required = false) String party, @RequestParam(defaultValue = "0") int page, Model model) {
        String reader = Actors.readerParty();
        String shown = party == null ? (reader.isEmpty() ? null : reader) : (party.isBlank() ? null : party);
        PageView<TrackHead> list = tracks.list(reader, shown, page, 25);
        model.addAttribute("tracks", list.map(DialogueViews.TrackSummaryView::of));
        model.addAttribute("party", shown);
        model.addAttribute("overdue", measures.list(reader, null, true, 0, 20).total());
        return "dialogue/list";
    }

    @GetMapping("/dialogues/{id}")
    String track(@PathVariable UUID id, Model model) {
        String reader = Actors.readerParty();
        TrackHead head = tracks.head(reader, id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<MeasureHead> of = measures.list(reader, id, false, 0, 500).items();
        List<ConfidenceBuildingMeasure> built =
                of.stream().map(measures::rebuild).toList();
        model.addAttribute("track", tracks.read(reader, id, t -> DialogueViews.of(head, t, today)));
        model.addAttribute("timeline", tracks.read(reader, id, t -> DialogueViews.timeline(t, built)));
        model.addAttribute(
                "measures",
                of.stream()
                        .map(m -> DialogueViews.measure(m, measures.rebuild(m), today))
                        .toList());
        model.addAttribute("actor", Actors.current().orElse(null));
        return "dialogue/track";
    }

    @PostMapping("/dialogues/{id}/mediators/current/acceptance")
    String accept(@PathVariable UUID id, @RequestParam long version) {
        tracks.execute(Actors.required(), id, Versions.etag(version), new TrackCommand.AcceptMediator());
        return "redirect:/dialogues/" + id;
    }

    @PostMapping("/dialogues/{id}/mediators/current/refusal")
    String decline(@PathVariable UUID id, @RequestParam long version, @RequestParam String reason) {
        tracks.execute(Actors.required(), id, Versions.etag(version), new TrackCommand.DeclineMediator(reason));
        return "redirect:/dialogues/" + id;
    }

    @PostMapping("/dialogues/{id}/sessions/{session}/minutes/approvals")
    String approve(@PathVariable UUID id, @PathVariable int session, @RequestParam long version) {
        tracks.execute(Actors.required(), id, Versions.etag(version), new TrackCommand.ApproveMinutes(session));
        return "redirect:/dialogues/" + id;
    }
}
