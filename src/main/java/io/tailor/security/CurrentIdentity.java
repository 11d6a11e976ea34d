package io.tailor.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The identity of the work running on this thread: a request's token, or {@link Identity#SYSTEM} inside {@link #runAsSystem}. */
public final class CurrentIdentity {

    private CurrentIdentity() {}

    public static Optional<Identity> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(JwtIdentities.identity(token.getToken()));
        }
        if (authentication != null && authentication.getPrincipal() instanceof Identity identity) {
            return Optional.of(identity);
        }
        return Optional.empty();
    }

    /** The caller of the current request; the filter chain guarantees there is one on API paths. */
    public static Identity require() {
        return find().orElseThrow(() -> new IllegalStateException("no identity on this thread"));
    }

    /** Runs work as the service role, e.g. start-up seeding or an unauthenticated health check. */
    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                Identity.SYSTEM, null, List.of(new SimpleGrantedAuthority("ROLE_service_role"))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
