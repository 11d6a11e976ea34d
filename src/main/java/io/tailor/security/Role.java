package io.tailor.security;

import java.util.Optional;

/** The database role a request runs as, named as in Supabase and the JWT {@code role} claim. */
public enum Role {
    AUTHENTICATED("authenticated"),
    SERVICE_ROLE("service_role");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    static Optional<Role> fromClaim(String claim) {
        for (Role role : values()) { // a loop, not a stream: this runs on every request
            if (role.claim.equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
