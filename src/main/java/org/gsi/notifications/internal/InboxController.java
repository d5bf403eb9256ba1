package org.gsi.notifications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gsi.identity.UserSummary;
import org.gsi.identity.Users;
import org.gsi.platform.Actors;
import org.gsi.platform.NavItem;
import org.gsi.platform.PageView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The inbox: pages and API. */
@Controller
@Tag(name = "Notifications", description = "Your inbox")
class InboxController {

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private final NotificationService notifications;
    private final Users users;

    InboxController(NotificationService notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @GetMapping("/api/v1/notifications")
    @ResponseBody
    @Operation(
            summary = "Your notifications, newest first, in words of your preferred language or of the language"
                    + " asked for (lang: ar, zh, en, fr, ru, es)")
    PageView<NotificationService.Message> list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String lang) {
        String username = Actors.required().username();
        return notifications.inbox(username, unread, page, size, language(username, lang));
    }

    /** The language asked for, else the user's preferred language, else English. */
    private Locale language(String username, String lang) {
        if (lang != null && LANGUAGES.contains(lang)) {
            return Locale.forLanguageTag(lang);
        }
        return users.find(username)
                .map(UserSummary::language)
                .filter(LANGUAGES::contains)
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }

    @GetMapping("/api/v1/notifications/unread-count")
    @ResponseBody
    Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unread(Actors.required().username()));
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable UUID id) {
        notifications.markRead(Actors.required().username(), id);
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(
                "messages",
                notifications.inbox(Actors.required().username(), false, page, 50, LocaleContextHolder.getLocale()));
        return "notifications/inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable UUID id, @RequestParam(required = false) String next) {
        notifications.markRead(Actors.required().username(), id);
        return next != null && next.startsWith("/") && !next.startsWith("//") ? "redirect:" + next : "redirect:/inbox";
    }

    @PostMapping("/inbox/read-all")
    String readAll() {
        notifications.markAllRead(Actors.required().username());
        return "redirect:/inbox";
    }

    @Bean
    static NavItem inboxNav() {
        return new NavItem("nav.inbox", "/inbox", 94, false);
    }
}
