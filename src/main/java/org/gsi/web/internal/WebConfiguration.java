package org.gsi.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The six UN languages: chosen with {@code ?lang=xx}, remembered in a cookie, English by default. The reader's time
 * zone: the one the user chose, else the browser's (sent by {@code gsi.js} in the {@code gsi-tz} cookie), else UTC.
 * Static files are served from three prefixes only ({@code /css}, {@code /js}, {@code /webjars}; the catch-all
 * {@code /**} mapping is switched off in {@code application.properties}): every link a page writes passes through the
 * resource URL provider, and a catch-all mapping made it look each one up in the jar's class path, under a lock, on
 * every page view.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new ReaderLocaleResolver();
        resolver.setDefaultLocale(Locale.ENGLISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** The language from its cookie, with the reader's time zone beside it. */
    static final class ReaderLocaleResolver extends CookieLocaleResolver {

        static final String ZONE_COOKIE = "gsi-tz";

        ReaderLocaleResolver() {
            super("gsi-lang");
        }

        @Override
        public org.springframework.context.i18n.LocaleContext resolveLocaleContext(
                jakarta.servlet.http.HttpServletRequest request) {
            var language = super.resolveLocaleContext(request);
            Locale asked = apiLanguage(request).orElse(null);
            return new org.springframework.context.i18n.TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return asked != null ? asked : language.getLocale();
                }

                @Override
                public java.util.TimeZone getTimeZone() {
                    return java.util.TimeZone.getTimeZone(zone(request));
                }
            };
        }

        /**
         * In the API, the language asked for with {@code ?lang=} or, without it, the first of the six in the
         * request's {@code Accept-Language}; the API never changes the page language's cookie. An API request that no
         * handler took is answered in the same language.
         */
        static java.util.Optional<Locale> apiLanguage(jakarta.servlet.http.HttpServletRequest request) {
            if (!org.gsi.platform.Problems.isApi(request) && !isTaxii(request)) {
                return java.util.Optional.empty();
            }
            String lang = request.getParameter("lang");
            if (lang != null && LANGUAGES.contains(lang)) {
                return java.util.Optional.of(Locale.forLanguageTag(lang));
            }
            if (request.getHeader("Accept-Language") == null) {
                return java.util.Optional.empty();
            }
            return java.util.Collections.list(request.getLocales()).stream()
                    .filter(l -> LANGUAGES.contains(l.getLanguage()))
                    .map(l -> Locale.forLanguageTag(l.getLanguage()))
                    .findFirst();
        }

        /** The TAXII server's paths, whose error messages are in the language its client asks for. */
        private static boolean isTaxii(jakarta.servlet.http.HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/taxii2") || path.startsWith("/taxii2/");
        }

        static java.time.ZoneId zone(jakarta.servlet.http.HttpServletRequest request) {
            return org.gsi.platform.Actors.chosenTimeZone().orElseGet(() -> browserZone(request));
        }

        private static java.time.ZoneId browserZone(jakarta.servlet.http.HttpServletRequest request) {
            jakarta.servlet.http.Cookie cookie = org.springframework.web.util.WebUtils.getCookie(request, ZONE_COOKIE);
            if (cookie != null) {
                String id = java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8);
                if (java.time.ZoneId.getAvailableZoneIds().contains(id)) {
                    return java.time.ZoneId.of(id);
                }
            }
            return java.time.ZoneOffset.UTC;
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                if (lang != null && !LANGUAGES.contains(lang)) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
