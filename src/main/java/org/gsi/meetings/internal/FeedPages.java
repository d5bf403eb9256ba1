package org.gsi.meetings.internal;

import java.time.ZoneOffset;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The page where a user makes (or remakes) the personal URL of their calendar feed. */
@Controller
class FeedPages {

    private final FeedTokens tokens;

    FeedPages(FeedTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/meetings/my-calendar")
    String show(Model model) {
        Actor actor = Actors.required();
        model.addAttribute(
                "createdAt",
                tokens.createdAt(actor.username())
                        .map(t -> t.atOffset(ZoneOffset.UTC))
                        .orElse(null));
        return "meetings/feed";
    }

    @PostMapping("/meetings/my-calendar")
    String regenerate(Model model) {
        Actor actor = Actors.required();
        String token = tokens.regenerate(actor);
        model.addAttribute(
                "createdAt",
                tokens.createdAt(actor.username())
                        .map(t -> t.atOffset(ZoneOffset.UTC))
                        .orElse(null));
        model.addAttribute(
                "feedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/calendar/me.ics")
                        .queryParam("token", token)
                        .toUriString());
        return "meetings/feed";
    }
}
