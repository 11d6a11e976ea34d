package io.tailor.security;

import io.tailor.config.DataDirectory;
import io.tailor.database.DatabaseMode;
import io.tailor.web.ProblemWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** A stateless resource server: every API call but the health check carries a verified bearer token. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The web app's pages and static files load without a token; they call the API with one. */
    /** What anyone may read, with GET or HEAD: the health checks, the API description and the web app. */
    private static final String[] PUBLIC_READS = {
        "/api/v1/feedback/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/",
        "/index.html",
        "/admin",
        "/admin/",
        "/admin.html",
        "/app/**",
        "/webjars/**",
        "/favicon.ico",
        "/sw.js"
    };

    /** The HS256 secret in force, resolved once for verifying and for minting. */
    @Bean
    HsSecret hsSecret(JwtSettings settings, Environment environment, DataDirectory dataDirectory) {
        boolean embedded = DatabaseMode.isEmbedded(environment);
        boolean jwks = settings.jwksUrl() != null;
        return new HsSecret(
                JwtSecret.resolve(settings.secret(), embedded, jwks, dataDirectory.resolve("")),
                settings.secret().isEmpty() && embedded && !jwks);
    }

    @Bean
    TokenMinter tokenMinter(HsSecret secret, JwtSettings settings, Clock clock) {
        return new TokenMinter(secret.value(), secret.selfGenerated(), issuer(settings), clock);
    }

    /** HS256 with the secret and RS256 or ES256 with the published keys, each token verified once. */
    @Bean
    JwtDecoder jwtDecoder(JwtSettings settings, HsSecret secret, Clock clock) {
        Optional<PublishedKeys> published = Optional.ofNullable(settings.jwksUrl())
                .map(url -> PublishedKeys.at(url, settings.jwksMaxAge(), settings.jwksMinRefetchInterval(), clock));
        JwtDecoder verifier =
                JwtIdentities.decoder(new SigningKeys(secret.value(), published), issuer(settings), clock);
        LongSupplier keyGeneration =
                published.<LongSupplier>map(keys -> keys::generation).orElse(() -> 0);
        return new VerifiedTokens(verifier, keyGeneration, clock);
    }

    /** The secret, and whether the service generated it itself (no secret and no JWKS configured). */
    record HsSecret(Optional<String> value, boolean selfGenerated) {}

    private static Optional<String> issuer(JwtSettings settings) {
        return Optional.of(settings.issuer()).filter(value -> !value.isBlank());
    }

    /**
     * No observations of the filter chain, authentication or authorization: they wrapped every filter of
     * every request and cost a fifth of its CPU. Requests stay timed by {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, with a fast path for printable ASCII (see {@link PrintableAscii}). */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(PrintableAscii.orElse(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
        firewall.setAllowedHeaderValues(PrintableAscii.orElse(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
        firewall.setAllowedParameterNames(PrintableAscii.orElse(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES));
        firewall.setAllowedParameterValues(PrintableAscii.orElse(StrictHttpFirewall.ALLOWED_PARAMETER_VALUES));
        return firewall;
    }

    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter writer) {
        return new ProblemResponses(writer).rejected();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter writer, Environment environment) throws Exception {
        ProblemResponses problems = new ProblemResponses(writer);
        return http.csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PagePolicy.PERMISSIONS)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
                        .permitAll()
                        // which methods a path takes is no secret (and a CORS preflight carries no token)
                        .requestMatchers(HttpMethod.OPTIONS, "/**")
                        .permitAll()
                        .requestMatchers(onSeparateManagementPort(environment))
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.SERVICE_ROLE.claim())
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers("/api/v1/try-sign-in")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new BearerTokens())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtIdentities::authentication))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden())
                        .withObjectPostProcessor(failingWith(problems.failedAuthentication())))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .build();
    }

    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> failingWith(
            AuthenticationFailureHandler handler) {
        return new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(handler);
                return filter;
            }
        };
    }

    /**
     * With {@code MANAGEMENT_SERVER_PORT} and {@code MANAGEMENT_SERVER_ADDRESS} both set, the actuator
     * listens on that private address and port for scrapers that carry no token. A separate port on
     * no chosen address still wants the service-role token.
     */
    private static RequestMatcher onSeparateManagementPort(Environment environment) {
        Integer managementPort = environment.getProperty("management.server.port", Integer.class);
        Integer serverPort = environment.getProperty("server.port", Integer.class, 8080);
        boolean addressChosen =
                !environment.getProperty("management.server.address", "").isBlank();
        return request -> managementPort != null
                && managementPort > 0
                && addressChosen
                && !managementPort.equals(serverPort)
                && request.getLocalPort() == managementPort;
    }
}
