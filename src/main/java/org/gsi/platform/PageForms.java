package org.gsi.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The one way a page form is refused: the page comes back, not an error page, with the reason in the reader's
 * language next to the field it names and everything typed still in the form. Input that breaks a rule answers 400,
 * a conflict with the record's state (or a record changed meanwhile) 409; anything else (not found, not allowed)
 * goes on to the error pages.
 *
 * <p>The reason is the first of these that the bundles know: {@code <form>.error.<field>}, the refusal's own message
 * key, {@code form.refused.<field>} for a field every form shares; otherwise the reason the rule gave.
 */
@Component
public class PageForms {

    private final MessageSource messages;

    PageForms(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Runs a form's command and returns its answer (usually a redirect); if the command is refused, returns {@code
     * page} instead, with the refusal as {@code refused} in the model.
     */
    public String submit(
            String form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Supplier<String> command,
            Supplier<String> page) {
        try {
            return command.get();
        } catch (InvalidInputException | ConflictException | StaleVersionException refusal) {
            return refused(form, refusal, request, response, model, page);
        }
    }

    /** Shows {@code page} again after {@code refusal} of {@code form}. */
    public String refused(
            String form,
            RuntimeException refusal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Supplier<String> page) {
        response.setStatus(
                refusal instanceof InvalidInputException
                        ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_CONFLICT);
        model.addAttribute("refused", refusal(form, refusal, typed(request)));
        return page.get();
    }

    /** The refusal of {@code form} in the reader's language, with the values typed. */
    public FormRefusal refusal(String form, RuntimeException refusal, Map<String, List<String>> typed) {
        String field = refusal instanceof InvalidInputException invalid ? invalid.field() : "";
        return new FormRefusal(form, field, message(form, field, refusal), typed);
    }

    String message(String form, String field, RuntimeException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        if (refusal instanceof StaleVersionException) {
            return messages.getMessage("form.refused.stale", null, locale);
        }
        String own = field.isEmpty() ? null : messages.getMessage(form + ".error." + field, null, null, locale);
        if (own != null) {
            return own;
        }
        Message words = refusal instanceof Refusal r ? r.words() : Message.untranslated(refusal.getMessage());
        String shared = field.isEmpty() || !words.isUntranslated()
                ? null
                : messages.getMessage("form.refused." + field, null, null, locale);
        return shared != null ? shared : ReaderFormats.current(messages).text(words);
    }

    /**
     * The step before a destructive action, which works without scripts: a page that asks {@code questionKey} (with
     * {@code arguments}) and posts to {@code action} only when the reader confirms with {@code buttonKey}; {@code back}
     * leads away with nothing done.
     */
    public String confirmation(
            Model model, String questionKey, Object[] arguments, String action, String buttonKey, String back) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("question", messages.getMessage(questionKey, arguments, locale));
        model.addAttribute("action", action);
        model.addAttribute("button", messages.getMessage(buttonKey, null, locale));
        model.addAttribute("back", back);
        return "confirm";
    }

    /** The reason a refusal gives in the reader's language, for a page that says it before the reader tries. */
    public String reason(Message refusal) {
        return ReaderFormats.current(messages).text(refusal);
    }

    /** The reason of a refusal ({@link InvalidInputException}, {@link ConflictException}, a stale version) in the reader's language. */
    public String reason(RuntimeException refusal) {
        return message("", "", refusal);
    }

    /** A decimal typed into {@code field}; empty when nothing was typed, refused when it is not a number. */
    public static java.util.Optional<java.math.BigDecimal> decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new java.math.BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Message.of("form.refused.number"));
        }
    }

    /** A whole number typed into {@code field}; empty when nothing was typed, refused when it is not one. */
    public static java.util.Optional<Integer> integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Integer.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Message.of("form.refused.wholeNumber"));
        }
    }

    /** A date typed into {@code field} (yyyy-mm-dd, as date inputs send it); empty when nothing was typed. */
    public static java.util.Optional<java.time.LocalDate> date(String field, String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, Message.of("form.refused.date"));
        }
    }

    /** Every value the form sent, except the CSRF token and passwords, which never travel back into a page. */
    static Map<String, List<String>> typed(HttpServletRequest request) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.toLowerCase(Locale.ROOT).contains("password")) {
                typed.put(name, List.of(values));
            }
        });
        return typed;
    }
}
