package org.gsi.notifications.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gsi.notifications.Notice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a stored notice into words in a reader's language: its message keys from the bundles, its arguments formatted
 * for that language (dates, numbers, words of the bundles, the reader's translation of a multilingual text). Also
 * writes and reads the arguments as stored (a JSON array of typed values).
 */
@Component
class NoticeWords {

    /** The message of notices stored as English sentences before notices were kept as keys: title and body. */
    static final String LEGACY = "notice.legacy";

    private final MessageSource messages;
    private final JsonMapper json;

    NoticeWords(MessageSource messages) {
        this.messages = messages;
        this.json = JsonMapper.builder().build();
    }

    record Words(String title, String body) {}

    Words render(String message, String storedArgs, Locale locale) {
        Object[] args = read(storedArgs).stream().map(a -> format(a, locale)).toArray();
        return new Words(
                messages.getMessage(message + ".title", args, message + ".title", locale),
                messages.getMessage(message + ".body", args, "", locale));
    }

    private Object format(Object arg, Locale locale) {
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(date);
        }
        if (arg instanceof Notice.MessageKey key) {
            return messages.getMessage(key.key(), null, key.key(), locale);
        }
        if (arg instanceof Notice.Translations t) {
            Map<String, String> texts = t.texts();
            String text = texts.get(locale.getLanguage());
            return text != null && !text.isBlank()
                    ? text
                    : texts.getOrDefault("en", texts.values().iterator().next());
        }
        return arg;
    }

    String write(List<Object> args) {
        ArrayNode array = json.createArrayNode();
        for (Object a : args) {
            ObjectNode node = array.addObject();
            if (a instanceof String s) {
                node.put("text", s);
            } else if (a instanceof LocalDate d) {
                node.put("date", d.toString());
            } else if (a instanceof Notice.MessageKey k) {
                node.put("key", k.key());
            } else if (a instanceof Notice.Translations t) {
                ObjectNode texts = node.putObject("texts");
                t.texts().forEach(texts::put);
            } else {
                node.put("number", new BigDecimal(a.toString()).toPlainString());
            }
        }
        return json.writeValueAsString(array);
    }

    List<Object> read(String stored) {
        List<Object> args = new ArrayList<>();
        for (JsonNode node : json.readTree(stored == null ? "[]" : stored)) {
            if (node.has("text")) {
                args.add(node.get("text").asString());
            } else if (node.has("date")) {
                args.add(LocalDate.parse(node.get("date").asString()));
            } else if (node.has("key")) {
                args.add(new Notice.MessageKey(node.get("key").asString()));
            } else if (node.has("texts")) {
                Map<String, String> texts = new LinkedHashMap<>();
                node.get("texts")
                        .properties()
                        .forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
                args.add(new Notice.Translations(texts));
            } else {
                args.add(new BigDecimal(node.get("number").asString()));
            }
        }
        return args;
    }
}
