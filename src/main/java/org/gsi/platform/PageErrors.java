package org.gsi.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on web pages: a readable page with the reason, in the page layout. A controller that also serves API
 * paths answers those with problem details instead.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final org.springframework.context.ApplicationEventPublisher events;
    private final ApiErrors api;
    private final org.springframework.context.MessageSource messages;

    PageErrors(
            org.springframework.context.ApplicationEventPublisher events,
            ApiErrors api,
            org.springframework.context.MessageSource messages) {
        this.events = events;
        this.api = api;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return Problems.isApi(request)
                ? api(api.notFound(e), response)
                : page(HttpStatus.NOT_FOUND, ReaderFormats.current(messages).text(e.words()), response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        return Problems.isApi(request)
                ? api(api.invalid(e, request), response)
                : page(
                        HttpStatus.BAD_REQUEST,
                        e.field() + ": " + ReaderFormats.current(messages).text(e.words()),
                        response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
        if (Problems.isApi(request)) {
            return api(api.forbidden(e), response);
        }
        DeniedAttempts.publish(events, e);
        return page(HttpStatus.FORBIDDEN, ReaderFormats.current(messages).text(e.words()), response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return Problems.isApi(request)
                ? api(api.conflict(e), response)
                : page(HttpStatus.CONFLICT, ReaderFormats.current(messages).text(e.words()), response);
    }

    @ExceptionHandler(StaleVersionException.class)
    ModelAndView stale(StaleVersionException e, HttpServletRequest request, HttpServletResponse response) {
        if (Problems.isApi(request)) {
            var answer = api.stale(e);
            response.setHeader(org.springframework.http.HttpHeaders.ETAG, Versions.etag(e.currentVersion()));
            return api(answer.getBody(), response);
        }
        return page(HttpStatus.CONFLICT, ReaderFormats.current(messages).text(e.words()), response);
    }

    /** Writes the problem and tells Spring the response is complete (a null view). */
    private static ModelAndView api(org.springframework.http.ProblemDetail problem, HttpServletResponse response) {
        Problems.write(response, problem);
        return null;
    }

    static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView mav = new ModelAndView("problem");
        mav.addObject("status", status.value());
        mav.addObject("reason", status.getReasonPhrase());
        mav.addObject("message", message);
        mav.setStatus(status);
        return mav;
    }
}
