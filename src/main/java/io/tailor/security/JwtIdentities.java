package io.tailor.security;

import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * INTERFACE.md, Identity: tokens signed with a key {@link SigningKeys} allows, with {@code exp}
 * required, {@code aud} (when present) {@code authenticated}, {@code iss} equal to {@code
 * TAILOR_JWT_ISSUER} when that is set, and a {@code role} of {@code authenticated} (with a well-formed
 * {@code sub}) or {@code service_role} (whose {@code sub} may be missing, as in Supabase's
 * service_role key: it acts for anyone, so it stands for no user).
 */
final class JwtIdentities {

    /** The user id of a service-role token without {@code sub}, e.g. Supabase's service_role key. */
    static final String SERVICE_ROLE_USER_ID = "service-role";

    private JwtIdentities() {}

    static JwtDecoder decoder(JWSKeySelector<SecurityContext> keys, Optional<String> issuer, Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keys);
        processor.setJWTClaimsSetVerifier((claims, context) -> {}); // the claims are checked below
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.<OAuth2TokenValidator<Jwt>>of(
                timestamps(clock),
                JwtIdentities::requireExpiry,
                JwtIdentities::checkAudience,
                JwtIdentities::checkSubjectAndRole));
        issuer.ifPresent(expected -> validators.add(new JwtIssuerValidator(expected)));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** Expiry and not-before, judged on the service's clock (the one tokens are minted on) with the default leeway. */
    static JwtTimestampValidator timestamps(Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator();
        validator.setClock(clock);
        return validator;
    }

    static JwtAuthenticationToken authentication(Jwt jwt) {
        Identity identity = identity(jwt);
        return new JwtAuthenticationToken(
                jwt,
                List.of(new SimpleGrantedAuthority("ROLE_" + identity.role().claim())),
                identity.userId());
    }

    static Identity identity(Jwt jwt) {
        Role role = Role.fromClaim(jwt.getClaimAsString("role")).orElseThrow();
        String subject = jwt.getSubject();
        return new Identity(subject == null ? SERVICE_ROLE_USER_ID : subject, role);
    }

    private static OAuth2TokenValidatorResult requireExpiry(Jwt jwt) {
        return jwt.getExpiresAt() == null
                ? failure("the token has no exp claim")
                : OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult checkAudience(Jwt jwt) {
        List<String> audience = jwt.getAudience();
        return audience == null || audience.isEmpty() || audience.contains(Role.AUTHENTICATED.claim())
                ? OAuth2TokenValidatorResult.success()
                : failure("the token's aud must be 'authenticated'");
    }

    private static OAuth2TokenValidatorResult checkSubjectAndRole(Jwt jwt) {
        Optional<Role> role = Role.fromClaim(jwt.getClaimAsString("role"));
        if (role.isEmpty()) {
            return failure("the token's role must be 'authenticated' or 'service_role'");
        }
        String subject = jwt.getSubject();
        boolean subjectOptional = role.get() == Role.SERVICE_ROLE && subject == null;
        return subjectOptional || Identity.isUserId(subject)
                ? OAuth2TokenValidatorResult.success()
                : failure("the token's sub " + Identity.USER_ID_RULE);
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
