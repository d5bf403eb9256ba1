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

    PageErrors(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletResponse response) {
        DeniedAttempts.publish(events, e);
        return page(HttpStatus.FORBIDDEN, e.getMessage(), response);
    }

    @ExceptionHandler({ConflictException.class, StaleVersionException.class})
    ModelAndView conflict(RuntimeException e, HttpServletResponse response) {
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
