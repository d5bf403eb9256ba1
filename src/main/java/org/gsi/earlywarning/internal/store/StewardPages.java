package org.gsi.earlywarning.internal.store;

import jakarta.servlet.http.HttpServletResponse;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data stewards of public sources on a page: listed for every user; the secretariat's administrators name and
 * remove them there (a refused name is shown again with what was typed).
 */
@Controller
class StewardPages {

    private final DataStewards stewards;

    StewardPages(DataStewards stewards) {
        this.stewards = stewards;
    }

    @GetMapping("/early-warning/stewards")
    String page(Model model) {
        Actor actor = Actors.required();
        return page(model, actor, "", "");
    }

    @PostMapping("/early-warning/stewards")
    String namePage(
            @RequestParam String source, @RequestParam String party, Model model, HttpServletResponse response) {
        Actor actor = Actors.required();
        try {
            stewards.name(actor, source, party);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return page(model, actor, source, party);
        }
        return "redirect:/early-warning/stewards";
    }

    @PostMapping("/early-warning/stewards/remove")
    String removePage(@RequestParam String source, @RequestParam String party) {
        stewards.remove(Actors.required(), source, party);
        return "redirect:/early-warning/stewards";
    }

    private String page(Model model, Actor actor, String source, String party) {
        model.addAttribute("stewards", stewards.all());
        model.addAttribute("mayName", SourceWritePolicy.mayNameStewards(actor));
        model.addAttribute("source", source);
        model.addAttribute("party", party);
        return "earlywarning/stewards";
    }
}
