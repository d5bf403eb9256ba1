package org.gsi.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text that no store can keep is refused at the door: a NUL character (U+0000), which PostgreSQL refuses in text,
 * in a parameter, a path segment or a JSON string gets 400 naming the field, instead of failing deep inside a
 * command.
 */
@Configuration(proxyBeanMethods = false)
class TextInput implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.getParameterMap().forEach((name, values) -> {
                    check(name, name);
                    for (String v : values) {
                        check(name, v);
                    }
                });
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
                    vars.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
                }
                return true;
            }
        });
    }

    private static void check(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidInputException(clean(field), Message.of("form.refused.nulCharacter"));
        }
    }

    private static String clean(String field) {
        return field.replace('\0', '?');
    }

    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("gsi-text").addDeserializer(String.class, new TextDeserializer());
    }

    /** JSON strings as usual, but never with a NUL character. */
    static final class TextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw ctxt.weirdStringException(value.replace('\0', '?'), String.class, "contains a NUL character");
            }
            return value;
        }
    }
}
