package org.gsi.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors on web pages: a readable page with the reason, in the page layout. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;

    PageErrors(
            org.springframework.context.ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        String message = e.words()
                .map(w -> e.field() + ": " + ReaderFormats.current(messages).text(w))
                .orElse(e.getMessage());
        return page(HttpStatus.BAD_REQUEST, message, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletResponse response) {
        DeniedAttempts.publish(events, e);
        return page(HttpStatus.FORBIDDEN, e.getMessage(), response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletResponse response) {
        String message = e.words().map(ReaderFormats.current(messages)::text).orElse(e.getMessage());
        return page(HttpStatus.CONFLICT, message, response);
    }

    @ExceptionHandler(StaleVersionException.class)
    ModelAndView stale(StaleVersionException e, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e.getMessage(), response);
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
