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
 * page. Nothing internal is shown.
 */
@Controller
class ErrorResponses implements ErrorController {

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
            response.getWriter()
                    .write(TaxiiErrorMessages.body(status.value(), status.getReasonPhrase(), detail(status)));
            return null;
        }
        if (Problems.isApi(request) || !wantsHtml(request)) {
            response.reset();
            Problems.write(response, ApiErrors.problem(status, type(status), status.getReasonPhrase(), detail(status)));
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

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing here, or it is not visible to you.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case CONTENT_TOO_LARGE -> "The request body is larger than accepted here.";
            case BAD_REQUEST -> "The request is malformed.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side. The error was logged; please try again."
                        : status.getReasonPhrase() + ".";
        };
    }
}
