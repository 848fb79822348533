package nl.plein.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No inline script or style anywhere: everything comes from this origin, except map tiles from the
     * configured tile server (plein.map.tile-url), which only images may load.
     */
    static String contentSecurityPolicy(String tileUrl) {
        var origin = java.util.regex.Pattern.compile("^(https?://[^/{}]+)").matcher(tileUrl == null ? "" : tileUrl);
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:" + (origin.find() ? " " + origin.group(1) : ""),
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /**
     * {@code /api/v1}: stateless, no session and no CSRF (no cookies are read), staff sign in with a
     * bearer API token. Endpoints that need a token check the role themselves ({@code @PreAuthorize});
     * public GETs stay open to anyone.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/v1/**")
                .addFilterAfter(new ApiTokenFilter(tokens), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                        })
                        .accessDeniedHandler((request, response, denied) -> forbidden(response)))
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(""))));
        return http.build();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, Accounts accounts, @Value("${plein.map.tile-url:}") String tileUrl)
            throws Exception {
        var success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
                boolean staff = authentication.getPrincipal() instanceof PleinPrincipal p && p.isStaff();
                return ReturnPath.local(request.getParameter(ReturnPath.PARAMETER))
                        .orElse(staff ? "/beheer" : "/");
            }
        };
        // The ThrottledAuthenticationProvider bean is the global authentication manager's only provider;
        // registering it here as well would run every failed attempt twice (local, then parent).
        http.addFilterAfter(new TenantSessionGuard(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/beheer/platform/**")
                        .hasRole(StaffRole.PLATFORM_ADMIN.name())
                        .requestMatchers("/beheer/organisatie/**", "/beheer/audit/**", "/beheer/medewerkers/**")
                        .hasRole(StaffRole.ORGANISATION_ADMIN.name())
                        .requestMatchers(
                                "/beheer/projecten/**",
                                "/beheer/ideeen/**",
                                "/beheer/begrotingen",
                                "/beheer/begrotingen/**",
                                "/beheer/namens",
                                "/beheer/namens/**",
                                "/beheer/nieuwsbrief",
                                "/beheer/nieuwsbrief/**")
                        .hasRole(StaffRole.PROJECT_MANAGER.name())
                        .requestMatchers("/beheer/moderatie", "/beheer/moderatie/**")
                        .hasRole(StaffRole.MODERATOR.name())
                        .requestMatchers("/beheer", "/beheer/**")
                        .hasRole("STAFF")
                        .requestMatchers("/account", "/account/**", "/mijn-inbreng")
                        .authenticated()
                        .requestMatchers("/panel/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                // One-click unsubscribe (RFC 8058): mail clients POST without a session; the token is the proof.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/afmelden/*"))
                .formLogin(login -> login.loginPage("/inloggen")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(success)
                        .failureHandler(new ForwardAuthenticationFailureHandler("/inloggen/mislukt"))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions ->
                        exceptions.accessDeniedHandler((request, response, denied) -> forbidden(response)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=(self)"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Spring's strict firewall, also refusing control characters in parameter values (tab and line
     * breaks excepted: textareas send them). A NUL byte reached PostgreSQL, which refuses it in text,
     * and every form answered with a server error instead of a bad request.
     */
    @Bean
    HttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(SecurityConfiguration::withoutControlCharacters);
        return firewall;
    }

    static boolean withoutControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            Accounts accounts,
            LoginThrottle throttle,
            PasswordEncoder passwords,
            CurrentOrganisation currentOrganisation) {
        return new ThrottledAuthenticationProvider(accounts, throttle, passwords, currentOrganisation);
    }

    private static void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** An organisation admin may do everything a project manager, moderator or analyst may. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(StaffRole.ORGANISATION_ADMIN.name())
                .implies(StaffRole.PROJECT_MANAGER.name(), StaffRole.MODERATOR.name(), StaffRole.ANALYST.name())
                .build();
    }

    /** Argon2id for new hashes; the prefix lets a later change of algorithm re-hash gradually. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
