package org.gsi.notifications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gsi.identity.UserSummary;
import org.gsi.identity.Users;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NavItem;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.context.MessageSource;
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

    /** Newest first among notices equal in the chosen order, the last tie broken by identifier. */
    private static final String NEWEST = "created_at DESC, id";

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private final NotificationService notifications;
    private final Users users;
    private final MessageSource messages;

    InboxController(NotificationService notifications, Users users, MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/api/v1/notifications")
    @ResponseBody
    @Operation(
            summary = "Your notifications, newest first, in words of your preferred language or of the language"
                    + " asked for (lang: ar, zh, en, fr, ru, es)",
            description = "sort: date (the default) or unread (unread ones first, then newest); dir: desc (the"
                    + " default) or asc; kind: only notices of that kind.")
    PageView<NotificationService.Message> list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "date") String sort,
            @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String lang) {
        String username = Actors.required().username();
        if (!NotificationService.COLUMNS.containsKey(sort)) {
            throw new InvalidInputException("sort", Message.of("lists.refused.sort", "date, unread"));
        }
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new InvalidInputException("dir", Message.of("lists.refused.dir"));
        }
        Paging paging = new Paging("/api/v1/notifications", page, size, sort, dir.equals("desc"), Map.of());
        return notifications.inbox(
                username,
                unread,
                kind,
                paging.orderBy(NotificationService.COLUMNS, NEWEST),
                page,
                size,
                language(username, lang));
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
    String inbox(
            @RequestParam(required = false) String unread,
            @RequestParam(required = false) String kind,
            HttpServletRequest http,
            Model model) {
        String username = Actors.required().username();
        Paging paging = Paging.of(http, NotificationService.COLUMNS, "date", true, 50);
        boolean unreadOnly = unread != null && !unread.isBlank();
        model.addAttribute(
                "messages",
                notifications.inbox(
                        username,
                        unreadOnly,
                        kind,
                        paging.orderBy(NotificationService.COLUMNS, NEWEST),
                        paging.page(),
                        paging.size(),
                        LocaleContextHolder.getLocale()));
        model.addAttribute("paging", paging);
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("kind", kind);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        notifications
                .kinds(username)
                .forEach(k -> kinds.put(k, messages.getMessage("inbox.kind." + k, null, k, locale)));
        model.addAttribute("kinds", kinds);
        model.addAttribute("here", paging.pageLink(paging.page()));
        return "notifications/inbox";
    }

    /** Opens the notice's link, or comes back to the inbox page it was marked on (its order, filters and page). */
    @PostMapping("/inbox/{id}/read")
    String read(
            @PathVariable UUID id,
            @RequestParam(required = false) String next,
            @RequestParam(required = false) String back) {
        notifications.markRead(Actors.required().username(), id);
        return next != null && local(next) ? "redirect:" + next : "redirect:" + inboxPage(back);
    }

    @PostMapping("/inbox/read-all")
    String readAll(@RequestParam(required = false) String back) {
        notifications.markAllRead(Actors.required().username());
        return "redirect:" + inboxPage(back);
    }

    /** The inbox page a form came from, if it is one; the inbox otherwise. */
    private static String inboxPage(String back) {
        return back != null && local(back) && (back.equals("/inbox") || back.startsWith("/inbox?")) ? back : "/inbox";
    }

    private static boolean local(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\");
    }

    @Bean
    static NavItem inboxNav() {
        return new NavItem("nav.inbox", "/inbox", 94, false);
    }
}
