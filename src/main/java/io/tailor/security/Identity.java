package io.tailor.security;

import org.jspecify.annotations.Nullable;

/** The verified caller: a user acting for themself, or the service role acting for anyone. */
public record Identity(String userId, Role role) {

    /** What a bad user id is told, wherever one is refused. */
    public static final String USER_ID_RULE = "must be 1-128 characters of [A-Za-z0-9._:@-]";

    /** The service itself (start-up seeding, background work): not tied to one user. */
    public static final Identity SYSTEM = new Identity("tailor-system", Role.SERVICE_ROLE);

    public Identity {
        if (!isUserId(userId)) {
            throw new IllegalArgumentException("user id " + USER_ID_RULE);
        }
    }

    /** INTERFACE.md, Identity: 1-128 characters of [A-Za-z0-9._:@-]; a loop, not a regex: it runs on every request. */
    public static boolean isUserId(@Nullable String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 128) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '@'
                    || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
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
