package az.muraciet.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. The citizen API needs a citizen; the Camunda webapps and the engine REST API authenticate
 * employees against Camunda's own identity service and apply its authorizations.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Employees' pages of this application (not the Camunda webapps'). */
    static final String EMPLOYEE_PATHS = "/employee/**";

    private static final String UNAUTHORIZED_PROBLEM = """
            {"type":"/problems/unauthorized","title":"Giriş tələb olunur / Authentication required","status":401,\
            "detail":"Sistemə daxil olun / Log in first"}""";

    /** Operators' endpoints: Camunda administrators only. */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, VerifiedEmployees employees) throws Exception {
        return http.securityMatcher("/ops/**")
                .authenticationProvider(new CamundaOperatorAuthentication(employees))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(CamundaOperatorAuthentication.OPERATOR))
                .httpBasic(basic -> basic.realmName("muraciet-operations"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Employees' pages outside the Camunda webapps (a case's documents, opened from a task form): an employee logged
     * in to the webapps (their session), or HTTP Basic with a Camunda user's password. Nothing else: a citizen's
     * portal session is not read here (stateless), a citizen's API login has no employee role. Which case an employee
     * may see is decided by the page (their department).
     */
    @Bean
    @Order(1)
    SecurityFilterChain employees(HttpSecurity http, IdentityService identity, ProcessEngine engine,
            VerifiedEmployees employees) throws Exception {
        return http.securityMatcher(EMPLOYEE_PATHS)
                .authenticationProvider(new CamundaEmployeeAuthentication(employees))
                .addFilterBefore(new CamundaWebappSessionAuthentication(engine.getName(), identity),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(CamundaEmployeeAuthentication.EMPLOYEE))
                .httpBasic(basic -> basic.realmName("muraciet-employees"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The citizen API: stateless HTTP Basic with the citizens' accounts ({@link Citizens}), a password checked a moment
     * ago answered from {@link VerifiedCitizens}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain citizenApi(HttpSecurity http, UserDetailsService apiCitizens,
            @Value(VerifiedCredentials.LIFETIME) Duration lifetime, AuthenticationEventPublisher events) throws Exception {
        ProviderManager citizens = new ProviderManager(new VerifiedCitizens(apiCitizens, lifetime));
        citizens.setAuthenticationEventPublisher(events);
        return http.securityMatcher("/api/**")
                .authenticationManager(citizens)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    response.setHeader("WWW-Authenticate", "Basic realm=\"muraciet\"");
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    response.getWriter().write(UNAUTHORIZED_PROBLEM);
                }))
                // stateless Basic authentication: no cookie, so nothing for a cross-site request to ride on
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The citizens' portal: a session after the citizen logs in (FIN and SMS code: the portal's login pages and the
     * identity package), CSRF tokens on every form, a strict content security policy (the portal needs no script,
     * inline or not). With an OpenID Connect client registration configured (ASAN Login / e-gov), the citizen may
     * log in there instead; without one nothing of it is active.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcCitizens) throws Exception {
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(PortalPaths.LOGIN)
                    .failureUrl(PortalPaths.LOGIN + "?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcCitizens.getObject())));
        }
        return http.securityMatcher(PortalPaths.ALL)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PortalPaths.PUBLIC).permitAll()
                        .anyRequest().hasRole(Citizens.ROLE))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(PortalPaths.LOGIN)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PortalPaths.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy(PortalPaths.PERMISSIONS_POLICY)))
                .logout(logout -> logout.logoutUrl(PortalPaths.LOGOUT).logoutSuccessUrl(PortalPaths.LOGIN + "?loggedOut")
                        .deleteCookies("JSESSIONID"))
                .build();
    }

    /**
     * The Camunda webapps and the engine REST API authenticate on their own. The webapps' first-run setup (creating
     * the first administrator) is closed for good: the administrator comes from the environment
     * ({@link EnvironmentAdministrator}).
     */
    @Bean
    @Order(3)
    SecurityFilterChain camundaWebappsAndEngineRest(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                // the Camunda webapps bring their own session login and CSRF prevention filter
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /**
     * No observation (timer) of Spring Security's own around each of its filters, each authentication and each
     * authorization decision: every request is still timed as a whole ({@code http.server.requests}), and these took
     * about 3 % of the application's CPU under load (bench/README.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    FilterRegistrationBean<EngineRestExpressionGuard> engineRestExpressionGuard() {
        FilterRegistrationBean<EngineRestExpressionGuard> registration = new FilterRegistrationBean<>(new EngineRestExpressionGuard());
        registration.setName("engine-rest-expression-guard");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 9);
        return registration;
    }

    /** The engine REST API answers only to an authenticated employee (HTTP Basic against Camunda's users). */
    @Bean
    FilterRegistrationBean<EngineRestAuthentication> engineRestAuthentication(VerifiedEmployees employees,
            ObjectProvider<ProcessEngine> engine) {
        FilterRegistrationBean<EngineRestAuthentication> registration =
                new FilterRegistrationBean<>(new EngineRestAuthentication(employees, engine));
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
