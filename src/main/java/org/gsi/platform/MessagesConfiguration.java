package org.gsi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
 * brings its own.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
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
