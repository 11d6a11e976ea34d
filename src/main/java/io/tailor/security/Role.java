package io.tailor.security;

import java.util.Arrays;
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
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
