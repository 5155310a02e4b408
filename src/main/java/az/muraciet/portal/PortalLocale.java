package az.muraciet.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Azerbaijani unless the citizen switched to English (a cookie); the browser's language is not consulted. */
@Configuration(proxyBeanMethods = false)
class PortalLocale {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(PortalPreferences.LANGUAGE_COOKIE);
        resolver.setDefaultLocale(PortalPreferences.DEFAULT_LOCALE);
        return resolver;
    }
}
