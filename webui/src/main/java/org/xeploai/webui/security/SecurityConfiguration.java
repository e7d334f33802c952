package org.xeploai.webui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.xeploai.webui.api.ApiLocale;
import org.xeploai.webui.api.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Who may do what. Pages: form login, CSRF tokens, a session. {@code /api}: HTTP Basic, no session, no CSRF (no
 * cookie is involved), errors as problem details. Viewers read; operators also make runs; rule
 * editors also run what-ifs (an edited rule pack against the baseline).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.OPERATOR.name()).implies(Role.VIEWER.name())
                .role(Role.RULE_EDITOR.name()).implies(Role.VIEWER.name())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/openapi.yaml").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/runs").hasRole(Role.OPERATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/runs/*/whatif").hasRole(Role.RULE_EDITOR.name())
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .httpBasic(basic -> basic.realmName("xeploai")
                        .authenticationEntryPoint((request, response, e) ->
                                problem(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", messages)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) ->
                                problem(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", messages))
                        .accessDeniedHandler((request, response, e) ->
                                problem(request, response, HttpStatus.FORBIDDEN, "forbidden", messages)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.svg", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/runs").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/whatif", "/whatif/**").hasRole(Role.RULE_EDITOR.name())
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/runs", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** RFC 9457 problem details for the API's 401 and 403, in the request's language. */
    static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                        MessageSource messages) throws IOException {
        var locale = ApiLocale.of(request);
        String title = messages.getMessage("api.problem.status." + status.value(), null, locale);
        String detail = messages.getMessage("api.problem." + code, null, locale);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"xeploai\", charset=\"UTF-8\"");
        }
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + Problems.TYPE_PREFIX + code + "\",\"title\":" + Problems.json(title)
                + ",\"status\":" + status.value() + ",\"detail\":" + Problems.json(detail)
                + ",\"instance\":" + Problems.json(request.getRequestURI()) + ",\"code\":" + Problems.json(code) + "}");
    }
}
