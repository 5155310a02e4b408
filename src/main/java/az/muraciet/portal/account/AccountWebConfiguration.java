package az.muraciet.portal.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import az.muraciet.identity.ContactDetails;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

    private final ContactDetails contacts;

    AccountWebConfiguration(ContactDetails contacts) {
        this.contacts = contacts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FirstLoginInterceptor(contacts));
    }
}
