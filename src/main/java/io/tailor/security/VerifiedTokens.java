package io.tailor.security;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * Remembers tokens already verified, by their exact text, so an app's token (reused for every call
 * until it expires) is parsed and its signature checked once per instance, not on every request:
 * decoding was a tenth of a feedback's CPU. A hit is the same string whose signature and claims were
 * verified, so it proves the same; its expiry is checked again on every use, and an expired one is
 * handed to the verifier, which refuses it with its usual error. The map is bounded and
 * per instance, and losing it only costs a re-verification (ARCHITECTURE.md: caches are safe to lose).
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_ENTRIES = 10_000;

    private final JwtDecoder verifier;
    /** The verifier's own expiry check, with its clock and leeway. */
    private final OAuth2TokenValidator<Jwt> stillValid = new JwtTimestampValidator();

    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!stillValid.validate(known).hasErrors()) {
                return known;
            }
            verified.remove(token);
            return verifier.decode(token); // refused as it would have been on first sight
        }
        Jwt jwt = verifier.decode(token);
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }
}
