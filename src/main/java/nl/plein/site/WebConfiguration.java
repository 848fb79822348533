package nl.plein.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.of("nl");
    static final Set<String> SUPPORTED = Set.of("nl", "en");

    private final PageContextInterceptor pageContext;

    WebConfiguration(PageContextInterceptor pageContext) {
        this.pageContext = pageContext;
    }

    /** Dutch first, whatever the browser says; a choice for English is kept in a cookie. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("plein-lang");
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                // Only the languages Plein is written in; anything else keeps the current choice.
                return lang == null || !SUPPORTED.contains(lang) || super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        change.setHttpMethods("GET");
        registry.addInterceptor(change);
        registry.addInterceptor(pageContext);
    }
}
