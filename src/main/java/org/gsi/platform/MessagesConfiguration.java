package org.gsi.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The UI texts: every bundle under {@code messages/} ({@code messages/<module>.properties} in English and
 * {@code messages/<module>_<lang>.properties} for ar, zh, fr, ru, es), found on the classpath, so each module
 * brings its own. Messages with arguments are formatted by ICU's {@code MessageFormat}: plural and select forms
 * ({@code {0, plural, one {# text} other {# texts}}}) follow each language's rules, numbers the reader's locale.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new IcuMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /**
     * Spring's bundle lookup, with ICU formatting the messages that have arguments. The bundles do not change while
     * the platform runs: a message's pattern is looked up once per language (Spring would walk every module's bundle
     * again on every call), and its ICU format is parsed once and kept, since building one (its number and plural
     * rules) costs far more than formatting with it.
     */
    static final class IcuMessageSource extends ResourceBundleMessageSource {

        private static final Object NONE = new Object();

        private final Cache<String, Object> patterns =
                Caffeine.newBuilder().maximumSize(50_000).build();

        private final Cache<String, com.ibm.icu.text.MessageFormat> formats =
                Caffeine.newBuilder().maximumSize(20_000).build();

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            Object pattern = patterns.get(locale + "\u0000" + code, k -> {
                String found = super.resolveCodeWithoutArguments(code, locale);
                return found == null ? NONE : found;
            });
            return pattern == NONE ? null : (String) pattern;
        }

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code == null || args == null || args.length == 0) {
                return super.getMessageInternal(code, args, locale);
            }
            Locale reader = locale == null ? Locale.ENGLISH : locale;
            String pattern = resolveCodeWithoutArguments(code, reader);
            if (pattern == null) {
                return null;
            }
            Object[] resolved = resolveArguments(args, reader);
            com.ibm.icu.text.MessageFormat format = formats.get(
                    reader + "\u0000" + pattern,
                    k -> new com.ibm.icu.text.MessageFormat(pattern, ReaderFormats.ulocale(reader)));
            // a format keeps state while it formats: one caller at a time
            synchronized (format) {
                return format.format(resolved);
            }
        }
    }

    static String[] basenames() {
        try {
            Resource[] found =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            TreeSet<String> names = new TreeSet<>();
            Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(f -> f != null && !f.matches(".*_[a-z]{2}\\.properties"))
                    .forEach(f -> names.add("messages/" + f.substring(0, f.length() - ".properties".length())));
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("The message bundles could not be listed", e);
        }
    }
}
