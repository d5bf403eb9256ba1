package org.gsi.cooperation.internal;

import org.gsi.platform.Actors;
import org.gsi.platform.Permission;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sector mapping page: the table for everyone, and a form to change a row for the secretariat. */
@Controller
class SectorMappingPages {

    private final SectorMappings mappings;
    private final Taxonomy taxonomy;

    SectorMappingPages(SectorMappings mappings, Taxonomy taxonomy) {
        this.mappings = mappings;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/projects/sector-mappings")
    String table(Model model) {
        model.addAttribute("mappings", mappings.list());
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute(
                "mayEdit",
                Actors.current().map(a -> a.can(Permission.MANAGE_REGISTRY)).orElse(false));
        return "cooperation/sector-mappings";
    }

    @PostMapping("/projects/sector-mappings")
    String set(
            @RequestParam String code,
            @RequestParam(required = false) String priorityArea,
            @RequestParam(required = false) String description) {
        mappings.set(
                Actors.required(),
                code.strip(),
                null,
                new SectorMappings.SetSectorMappingRequest(priorityArea, description));
        return "redirect:/projects/sector-mappings#code-" + code.strip();
    }
}
