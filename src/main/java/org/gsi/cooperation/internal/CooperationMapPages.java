package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gsi.platform.Actors;
import org.gsi.platform.NotFoundException;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the projects are and who works with whom: the map of projects by country, the cooperation network and
 * the list of a party's projects shown on its profile. Every figure counts only projects the reader may see.
 */
@Controller
@Tag(name = "Cooperation projects")
class CooperationMapPages {

    /** Visible projects in one country; {@code m49} is the id of the country's shape on the world map. */
    record CountryCount(String country, String m49, String name, long projects) {}

    /** The network with party names in the reader's language. */
    record NetworkView(List<NamedNode> nodes, List<CooperationNetwork.Edge> edges) {}

    record NamedNode(String party, String name, long projects) {}

    private final PortfolioCache cache;
    private final ProjectSearch search;
    private final Registry registry;
    private final JsonMapper json;

    CooperationMapPages(PortfolioCache cache, ProjectSearch search, Registry registry, JsonMapper json) {
        this.cache = cache;
        this.search = search;
        this.registry = registry;
        this.json = json;
    }

    /** The projects a party initiates or takes part in, as a fragment for the party's profile page. */
    @GetMapping("/projects/of/{party}")
    String projectsOf(@PathVariable String party, Model model) {
        if (!registry.exists(party)) {
            throw new NotFoundException("party", party);
        }
        var query = new ProjectSearch.ProjectQuery(null, null, null, null, null, party, null, null, 0, 20);
        model.addAttribute("projects", search.search(query, Actors.readerParty()));
        model.addAttribute("party", party);
        model.addAttribute("lang", language());
        return "cooperation/of :: projects";
    }

    @GetMapping("/api/v1/projects/countries")
    @ResponseBody
    @Operation(summary = "Number of projects you may read in each country of implementation, with M49 codes")
    List<CountryCount> countries() {
        String lang = language();
        List<CountryCount> out = new ArrayList<>();
        cache.figures(Actors.readerParty(), null).byCountry().forEach((code, n) -> {
            PartySummary p = registry.find(code).orElse(null);
            out.add(new CountryCount(code, p == null ? null : p.m49(), p == null ? code : p.name(lang), n));
        });
        out.sort((a, b) -> Long.compare(b.projects(), a.projects()));
        return out;
    }

    @GetMapping("/api/v1/projects/network")
    @ResponseBody
    @Operation(summary = "Parties that share projects you may read (the 60 parties with most projects)")
    NetworkView network() {
        CooperationNetwork.Graph graph = cache.network(Actors.readerParty());
        String lang = language();
        List<NamedNode> nodes = graph.nodes().stream()
                .map(n -> new NamedNode(
                        n.party(),
                        registry.find(n.party()).map(p -> p.name(lang)).orElse(n.party()),
                        n.projects()))
                .toList();
        return new NetworkView(nodes, graph.edges());
    }

    @GetMapping("/projects/map")
    String map(Model model) {
        List<CountryCount> counts = countries();
        Map<String, Object[]> byM49 = new LinkedHashMap<>();
        counts.stream()
                .filter(c -> c.m49() != null)
                .forEach(c -> byM49.put(c.m49(), new Object[] {c.country(), c.name(), c.projects()}));
        model.addAttribute("counts", counts);
        model.addAttribute("countsJson", json.writeValueAsString(byM49));
        return "cooperation/map";
    }

    @GetMapping("/projects/network")
    String networkPage(Model model) {
        NetworkView network = network();
        Map<String, String> names = new LinkedHashMap<>();
        network.nodes().forEach(n -> names.put(n.party(), n.name()));
        model.addAttribute("network", network);
        model.addAttribute("names", names);
        model.addAttribute("networkJson", json.writeValueAsString(network));
        return "cooperation/network";
    }

    private static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
