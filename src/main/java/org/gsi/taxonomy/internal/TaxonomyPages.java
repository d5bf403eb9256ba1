package org.gsi.taxonomy.internal;

import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.TermKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TaxonomyPages {

    private final Taxonomy taxonomy;

    TaxonomyPages(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/taxonomy")
    String taxonomy(Model model) {
        model.addAttribute("principles", taxonomy.list(TermKind.PRINCIPLE));
        model.addAttribute("areas", taxonomy.list(TermKind.PRIORITY_AREA));
        model.addAttribute("domains", taxonomy.list(TermKind.DOMAIN));
        model.addAttribute("mechanismKinds", taxonomy.list(TermKind.MECHANISM_KIND));
        return "taxonomy/index";
    }
}
