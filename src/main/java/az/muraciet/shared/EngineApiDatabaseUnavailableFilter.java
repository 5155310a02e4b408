package az.muraciet.shared;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link EngineApiUnavailable} for the Camunda APIs' failures that happen before Jersey and its exception mappers
 * ({@link EngineApiDatabaseUnavailableMappers}): the engine REST API's HTTP Basic login reads the user from the
 * database, the webapps' filters their authorizations. Without it such a failure leaves the servlet and becomes the
 * server's generic 500. Any other failure passes on unchanged.
 */
class EngineApiDatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiDatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            log.warn("Camunda API request {} refused, database unavailable: {}", request.getRequestURI(),
                    DatabaseUnavailable.describe(e));
            EngineApiUnavailable.writeTo(response);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Around the engine REST API's authentication filter (security.SecurityConfiguration) and the webapps' filters. */
        @Bean
        FilterRegistrationBean<EngineApiDatabaseUnavailableFilter> engineApiDatabaseUnavailable() {
            FilterRegistrationBean<EngineApiDatabaseUnavailableFilter> registration =
                    new FilterRegistrationBean<>(new EngineApiDatabaseUnavailableFilter());
            registration.setName("engine-api-database-unavailable");
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
            registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
            return registration;
        }
    }
}
