package org.gsi.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Something the platform says, kept as a message key of the bundles and its arguments, and put into words in the
 * reader's language when it is read ({@link ReaderFormats#text(Message)}): an explanation, a refusal, a reason, a
 * warning of an import. Stored as its key and {@link #argsJson()}, never as a sentence in one language.
 *
 * @param key a key of the bundles, present in all six languages
 * @param args each a {@link String} (user content or a code, shown as written), a {@link Number}, a {@link
 *     LocalDate}, an {@link Instant}, a {@link YearMonth}, a nested {@code Message} (a word of the bundles, such as a status) or {@link
 *     Translations} (a text the record keeps in several languages)
 */
public record Message(String key, List<Object> args) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        args.forEach(Message::requireKnownType);
    }

    public static Message of(String key, Object... args) {
        List<Object> list = new ArrayList<>();
        for (Object a : args) {
            list.add(Objects.requireNonNull(a, () -> "an argument of " + key));
        }
        return new Message(key, list);
    }

    /** The key of a sentence that exists in English only; its one argument is the sentence. */
    public static final String UNTRANSLATED = "message.untranslated";

    /** A sentence written in English only, shown as written in every language; new code names a key instead. */
    static Message untranslated(String english) {
        return of(UNTRANSLATED, english == null ? "" : english);
    }

    /** Whether this is a sentence in English only rather than a key of the bundles. */
    public boolean isUntranslated() {
        return key.equals(UNTRANSLATED);
    }

    /** Several messages as one, joined as the reader's language joins the parts of a list of reasons. */
    public static Message joined(List<Message> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        Message out = parts.get(0);
        for (Message next : parts.subList(1, parts.size())) {
            out = Message.of("message.joined", out, next);
        }
        return out;
    }

    /** A message stored as its key and {@link #argsJson()}. */
    public static Message stored(String key, String argsJson) {
        return new Message(key, readArgs(argsJson == null ? "[]" : argsJson));
    }

    /** The message in English, for logs, the audit trail and callers without a reader. */
    public String english() {
        return ReaderFormats.of(English.MESSAGES, java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC)
                .text(this);
    }

    /** The bundles, loaded once when a message is first put into English outside a request. */
    private static final class English {
        static final org.springframework.context.MessageSource MESSAGES = new MessagesConfiguration().messageSource();
    }

    /** The arguments as stored: a JSON array of typed values. */
    public String argsJson() {
        return JSON.writeValueAsString(writeArgs(args));
    }

    /** The message and its arguments as one JSON object, {@code {"key": …, "args": […]}}. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        node.set("args", writeArgs(args));
        return JSON.writeValueAsString(node);
    }

    /** Reads what {@link #toJson()} wrote. */
    public static Message fromJson(String json) {
        return read(JSON.readTree(json));
    }

    private static Message read(JsonNode node) {
        return new Message(node.get("key").asString(), node.has("args") ? readArgs(node.get("args")) : List.of());
    }

    private static ArrayNode writeArgs(List<Object> args) {
        ArrayNode array = JSON.createArrayNode();
        for (Object a : args) {
            ObjectNode node = array.addObject();
            if (a instanceof String s) {
                node.put("text", s);
            } else if (a instanceof LocalDate d) {
                node.put("date", d.toString());
            } else if (a instanceof Instant i) {
                node.put("instant", i.toString());
            } else if (a instanceof YearMonth m) {
                node.put("month", m.toString());
            } else if (a instanceof Message m) {
                node.put("key", m.key());
                if (!m.args().isEmpty()) {
                    node.set("args", writeArgs(m.args()));
                }
            } else if (a instanceof Translations t) {
                ObjectNode texts = node.putObject("texts");
                t.texts().forEach(texts::put);
            } else {
                node.put("number", new BigDecimal(a.toString()).toPlainString());
            }
        }
        return array;
    }

    private static List<Object> readArgs(String json) {
        return readArgs(JSON.readTree(json));
    }

    private static List<Object> readArgs(JsonNode array) {
        List<Object> args = new ArrayList<>();
        for (JsonNode node : array) {
            if (node.has("text")) {
                args.add(node.get("text").asString());
            } else if (node.has("date")) {
                args.add(LocalDate.parse(node.get("date").asString()));
            } else if (node.has("instant")) {
                args.add(Instant.parse(node.get("instant").asString()));
            } else if (node.has("month")) {
                args.add(YearMonth.parse(node.get("month").asString()));
            } else if (node.has("key")) {
                args.add(read(node));
            } else if (node.has("texts")) {
                Map<String, String> texts = new LinkedHashMap<>();
                node.get("texts")
                        .properties()
                        .forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
                args.add(new Translations(texts));
            } else {
                args.add(new BigDecimal(node.get("number").asString()));
            }
        }
        return args;
    }

    private static void requireKnownType(Object arg) {
        if (!(arg instanceof String
                || arg instanceof Integer
                || arg instanceof Long
                || arg instanceof BigDecimal
                || arg instanceof Double
                || arg instanceof LocalDate
                || arg instanceof Instant
                || arg instanceof YearMonth
                || arg instanceof Message
                || arg instanceof Translations)) {
            throw new IllegalArgumentException("A message argument must be text, a number, a date, an instant, a"
                    + " month, a message or translations, not " + arg.getClass().getName());
        }
    }

    /** An argument the record keeps in several languages (language code to text); the reader's is shown. */
    public record Translations(Map<String, String> texts) {
        public Translations {
            texts = Map.copyOf(texts);
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("Translations need at least one text");
            }
        }

        public String in(String language) {
            String text = texts.get(language);
            return text != null && !text.isBlank()
                    ? text
                    : texts.getOrDefault("en", texts.values().iterator().next());
        }
    }
}
