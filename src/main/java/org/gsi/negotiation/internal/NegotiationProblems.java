package org.gsi.negotiation.internal;

import java.net.URI;
import org.gsi.platform.PageForms;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A paragraph edited meanwhile: 409 with the paragraph's newer revision and text, so the editor can rebase. */
@RestControllerAdvice(assignableTypes = TextController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NegotiationProblems {

    private final PageForms forms;

    NegotiationProblems(PageForms forms) {
        this.forms = forms;
    }

    @ExceptionHandler(StaleParagraphException.class)
    ProblemDetail stale(StaleParagraphException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, forms.reason(e.words()));
        p.setType(URI.create("/problems/paragraph-changed"));
        p.setTitle("The paragraph changed meanwhile");
        p.setProperty("currentRevision", e.currentRevision());
        p.setProperty("currentText", e.currentText());
        return p;
    }
}
