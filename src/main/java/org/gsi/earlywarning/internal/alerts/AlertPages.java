package org.gsi.earlywarning.internal.alerts;

import java.util.Locale;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Alert pages: the newest alerts, one alert with its explanation, and the alerts fragment other pages load with
 * htmx. All show only what the reader may read.
 */
@Controller
class AlertPages {

    static final int FRAGMENT_SIZE = 10;

    private final AlertService alerts;

    AlertPages(AlertService alerts) {
        this.alerts = alerts;
    }

    @Bean
    static PublicPaths earlyWarningAlertPaths() {
        return PublicPaths.of(
                "/early-warning/alerts",
                "/early-warning/alerts/*",
                "/early-warning/fragments/alerts",
                "/api/v1/alerts/*");
    }

    @GetMapping("/early-warning/alerts")
    String list(@RequestParam(required = false) String country, Model model) {
        String iso =
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        model.addAttribute("alerts", alerts.alerts(Actors.readerParty(), iso, null, 100));
        model.addAttribute("country", iso);
        return "earlywarning/alerts/list";
    }

    @GetMapping("/early-warning/alerts/{id}")
    String alert(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", alerts.alert(id, Actors.readerParty()));
        return "earlywarning/alerts/alert";
    }

    @GetMapping("/early-warning/fragments/alerts")
    String fragment(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID situation,
            Model model) {
        model.addAttribute("alerts", alerts.alerts(Actors.readerParty(), country, situation, FRAGMENT_SIZE));
        return "earlywarning/alerts/fragment";
    }
}
