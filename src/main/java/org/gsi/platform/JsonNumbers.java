package org.gsi.platform;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Numbers in the API's JSON are plain decimals, never in exponent notation: a target of ten million is
 * {@code 10000000}, not {@code 1E+7}; a {@code double} of 1.0E7 is {@code 10000000}. A {@link Message} in an answer
 * is written as its words in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class JsonNumbers {

    @Bean
    JsonMapperBuilderCustomizer plainNumbers(MessageSource messages) {
        SimpleModule plain = new SimpleModule("plain-numbers");
        plain.addSerializer(Message.class, new MessageWords(messages));
        plain.addSerializer(Double.class, new PlainFloatingPoint<>());
        plain.addSerializer(Double.TYPE, new PlainFloatingPoint<>());
        plain.addSerializer(Float.class, new PlainFloatingPoint<>());
        plain.addSerializer(Float.TYPE, new PlainFloatingPoint<>());
        return builder ->
                builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).addModule(plain);
    }

    /** A message as its words for the reader of the request. */
    static final class MessageWords extends ValueSerializer<Message> {
        private final MessageSource messages;

        MessageWords(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public void serialize(Message value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(ReaderFormats.current(messages).text(value));
        }
    }

    /** A double or float as its shortest decimal, written out without an exponent. */
    static final class PlainFloatingPoint<T extends Number> extends ValueSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext context) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                gen.writeNull();
            } else if (value instanceof Float f) {
                gen.writeNumber(new BigDecimal(Float.toString(f)));
            } else {
                gen.writeNumber(new BigDecimal(Double.toString(d)));
            }
        }
    }
}
