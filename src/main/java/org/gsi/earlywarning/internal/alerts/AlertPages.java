package org.gsi.earlywarning.internal.alerts;

import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.Permission;
import org.gsi.platform.PublicPaths;
import org.gsi.platform.Versions;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Alert pages: the newest alerts, one alert with its explanation, and the alerts fragment other pages load with
 * htmx. All show only what the reader may read.
 */
@Controller
class AlertPages {

    static final int FRAGMENT_SIZE = 10;

    private final AlertService alerts;
    private final AlertTriageService triage;

    AlertPages(AlertService alerts, AlertTriageService triage) {
        this.alerts = alerts;
        this.triage = triage;
    }

    @Bean
    static PublicPaths earlyWarningAlertPaths() {
        return PublicPaths.of(
                "/early-warning/alerts",
                "/early-warning/alerts/*",
                "/early-warning/fragments/alerts",
                "/api/v1/alerts/*");
    }

    @GetMapping("/early-warning/alerts/{id}")
    String alert(@PathVariable UUID id, Model model) {
        model.addAttribute("alert", alerts.alert(id, Actors.readerParty()));
        Actors.current().ifPresent(a -> {
            model.addAttribute("triage", triage.triage(a, id));
            model.addAttribute("mayTriage", a.can(Permission.EDIT_PARTY_RECORDS));
        });
        return "earlywarning/alerts/alert";
    }

    /** A triage step from the alert page, at the version the page showed (the form's If-Match). */
    @PostMapping("/early-warning/alerts/{id}/triage")
    String triage(@PathVariable UUID id, @RequestParam String action, @RequestParam String version) {
        triage.take(Actors.required(), id, action, Versions.etag(Long.parseLong(version.strip())));
        return "redirect:/early-warning/alerts/" + id;
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
