package org.gsi.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the server answers when no controller did: a request under {@code /api/} (or one that does not ask for
 * HTML) gets RFC 9457 problem details, one under {@code /taxii2/} a TAXII 2.1 error message, a page gets the error
 * page. Nothing internal is shown; titles and details are in the reader's language.
 */
@Controller
class ErrorResponses implements ErrorController {

    private final org.springframework.context.MessageSource messages;

    ErrorResponses(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = BodyTooLargeException.in(error instanceof Throwable t ? t : null) != null
                ? HttpStatus.CONTENT_TOO_LARGE
                : status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String u && TaxiiErrorMessages.covers(u)) {
            response.reset();
            response.setStatus(status.value());
            response.setContentType(TaxiiErrorMessages.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(TaxiiErrorMessages.body(status.value(), title(status), detail(status)));
            return null;
        }
        if (Problems.isApi(request) || !wantsHtml(request)) {
            response.reset();
            Problems.write(response, ApiErrors.problem(status, type(status), title(status), detail(status)));
            return null;
        }
        response.setStatus(status.value());
        return new ModelAndView("error", Map.of("status", status.value(), "error", status.getReasonPhrase()), status);
    }

    private static HttpStatus status(Object code) {
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String type(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case CONTENT_TOO_LARGE -> "too-large";
            case BAD_REQUEST -> "invalid-input";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            default -> status.is5xxServerError() ? "server-error" : "http-" + status.value();
        };
    }

    /** The reader's word for the problem's type; the HTTP reason phrase for a status without one. */
    private String title(HttpStatus status) {
        String type = type(status);
        return type.startsWith("http-") ? say(Message.of("problem.title.other")) : ApiErrors.title(messages, type);
    }

    private String detail(HttpStatus status) {
        return say(
                switch (status) {
                    case NOT_FOUND -> Message.of("problem.detail.nothingHere");
                    case METHOD_NOT_ALLOWED -> Message.of("problem.detail.methodNotAllowed");
                    case CONTENT_TOO_LARGE -> Message.of("problem.detail.tooLargeHere");
                    case BAD_REQUEST -> Message.of("problem.detail.malformed");
                    default ->
                        status.is5xxServerError()
                                ? Message.of("problem.serverError")
                                : Message.of("problem.detail.other", status.value() + " " + status.getReasonPhrase());
                });
    }

    private String say(Message message) {
        return ReaderFormats.current(messages).text(message);
    }
}
