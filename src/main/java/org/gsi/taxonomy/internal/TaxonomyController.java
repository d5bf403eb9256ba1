package org.gsi.taxonomy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gsi.platform.NotFoundException;
import org.gsi.taxonomy.Taxonomy;
import org.gsi.taxonomy.Term;
import org.gsi.taxonomy.TermKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/taxonomy")
@Tag(name = "Taxonomy", description = "Principles, priority areas, security domains and kinds of mechanisms")
class TaxonomyController {

    private final Taxonomy taxonomy;

    TaxonomyController(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/{list}")
    @Operation(summary = "One list of the taxonomy: principles, priority-areas, domains or mechanism-kinds")
    List<Term> list(@PathVariable String list) {
        return taxonomy.list(kind(list));
    }

    @GetMapping("/{list}/{code}")
    @Operation(summary = "One term by its stable code")
    Term term(@PathVariable String list, @PathVariable String code) {
        return taxonomy.find(kind(list), code).orElseThrow(() -> new NotFoundException("term", list + "/" + code));
    }

    private static TermKind kind(String list) {
        return TermKind.ofPath(list).orElseThrow(() -> new NotFoundException("taxonomy list", list));
    }
}
