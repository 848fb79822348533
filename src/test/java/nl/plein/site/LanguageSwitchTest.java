package nl.plein.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageSwitchTest {

    private static String switchUrl(MockHttpServletRequest request, Locale locale) {
        return new PageContext(request, null, Optional.empty(), locale, new StaticMessageSource()).switchLanguageUrl();
    }

    @Test
    void keepsThePageAndItsQuery() {
        var request = new MockHttpServletRequest("GET", "/projecten");
        request.setQueryString("thema=3&lang=nl&pagina=2");
        assertThat(switchUrl(request, Locale.of("nl"))).isEqualTo("/projecten?thema=3&pagina=2&lang=en");
        assertThat(switchUrl(new MockHttpServletRequest("GET", "/"), Locale.ENGLISH))
                .isEqualTo("/?lang=nl");
    }

    @Test
    void afterAFormWithErrorsSwitchesOnThePageTheFormWasOn() {
        var request = new MockHttpServletRequest("POST", "/account/naam");
        request.addHeader("Referer", "http://zeeveld.localhost:8080/account?tab=1");
        assertThat(switchUrl(request, Locale.of("nl"))).isEqualTo("/account?tab=1&lang=en");
    }

    @Test
    void neverLinksToAnotherSite() {
        var request = new MockHttpServletRequest("POST", "/account/naam");
        request.addHeader("Referer", "http://zeeveld.localhost//evil.example/path");
        assertThat(switchUrl(request, Locale.of("nl"))).isEqualTo("/?lang=en");
        var noReferer = new MockHttpServletRequest("POST", "/account/naam");
        assertThat(switchUrl(noReferer, Locale.of("nl"))).isEqualTo("/?lang=en");
    }
}
