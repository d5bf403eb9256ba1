package org.gsi.audit.internal;

import org.gsi.platform.Actor;
import org.gsi.platform.PageView;
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

    @GetMapping("/audit")
    String audit(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Actor reader = AuditController.reader();
        PageView.checkPaging(page, 50);
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
                                page,
                                50)));
        model.addAttribute("all", reader.can(Permission.READ_ALL_AUDIT));
        model.addAttribute("party", partyFilter);
        model.addAttribute("username", blankToNull(username));
        model.addAttribute("outcome", blankToNull(outcome));
        return "audit/index";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
