package org.gsi.web.internal;

import java.util.Comparator;
import java.util.List;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.NavItem;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the language and direction, the navigation, who is logged in. */
@ControllerAdvice(annotations = Controller.class)
public class ShellAdvice {

    private final List<NavItem> nav;
    private final Registry registry;
    private final Notifications notifications;

    ShellAdvice(List<NavItem> nav, Registry registry, Notifications notifications) {
        this.nav = nav.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.registry = registry;
        this.notifications = notifications;
    }

    @ModelAttribute("shell")
    public Shell shell() {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        if (!WebConfiguration.LANGUAGES.contains(lang)) {
            lang = "en";
        }
        var actor = Actors.current();
        String partyName = actor.map(Actor::partyCode)
                .flatMap(registry::find)
                .map(p -> p.name(LocaleContextHolder.getLocale().getLanguage()))
                .orElse(null);
        return new Shell(
                lang,
                lang.equals("ar") ? "rtl" : "ltr",
                WebConfiguration.LANGUAGES,
                nav.stream().filter(n -> n.shownTo(actor.orElse(null))).toList(),
                actor.orElse(null),
                partyName,
                actor.map(a -> notifications.unread(a.username())).orElse(0L));
    }

    public record Shell(
            String lang,
            String dir,
            List<String> languages,
            List<NavItem> nav,
            Actor actor,
            String partyName,
            long unread) {}
}
