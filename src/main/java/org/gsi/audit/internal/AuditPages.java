package org.gsi.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.gsi.platform.Actor;
import org.gsi.platform.Paging;
import org.gsi.platform.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditPages {

    private final AuditService audit;

    AuditPages(AuditService audit) {
        this.audit = audit;
    }

    /** The columns the trail sorts by, and the SQL of each. */
    static final Map<String, String> COLUMNS = Map.of(
            "at", "at", "username", "username", "party", "party_code", "action", "action", "record", "record_type");

    @GetMapping("/audit")
    String audit(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String outcome,
            HttpServletRequest request,
            Model model) {
        Actor reader = AuditController.reader();
        Paging paging = Paging.of(request, COLUMNS, "at", true, 50);
        String partyFilter = blankToNull(party);
        model.addAttribute(
                "entries",
                audit.search(
                        reader,
                        new AuditService.AuditQuery(
                                partyFilter,
                                blankToNull(username),
                                null,
                                null,
                                null,
                                AuditController.checkOutcome(blankToNull(outcome)),
                                null,
                                null,
                                paging.page(),
                                paging.size()),
                        paging.orderBy(COLUMNS, "id DESC")));
        model.addAttribute("paging", paging);
        model.addAttribute("all", reader.can(Permission.READ_ALL_AUDIT));
        model.addAttribute("party", partyFilter);
        model.addAttribute("username", blankToNull(username));
        model.addAttribute("outcome", blankToNull(outcome));
        return "audit/index";
    }

    private static String blankToNull(String s) {
        return AuditController.blankToNull(s);
    }
}
