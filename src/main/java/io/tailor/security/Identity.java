package io.tailor.security;

import java.util.regex.Pattern;

/** The verified caller: a user acting for themself, or the service role acting for anyone. */
public record Identity(String userId, Role role) {

    /** INTERFACE.md, Identity: an opaque id of 1-128 characters. */
    public static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    /** The service itself (start-up seeding, background work): not tied to one user. */
    public static final Identity SYSTEM = new Identity("tailor-system", Role.SERVICE_ROLE);

    public Identity {
        if (!USER_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("user id must be 1-128 characters of [A-Za-z0-9._:@-]");
        }
    }

    public boolean isService() {
        return role == Role.SERVICE_ROLE;
    }

    public boolean canActFor(String otherUserId) {
        return isService() || userId.equals(otherUserId);
    }

    /**
     * The claims row-level security reads through {@code current_user_id()}, set by {@link
     * IdentityTransactionManager} and by the single-statement feedback; the id's alphabet needs no escaping.
     */
    public String claimsJson() {
        return "{\"sub\":\"" + userId + "\",\"role\":\"" + role.claim() + "\"}";
    }
}
