package io.tailor.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified, by their exact text, so an app's token (reused for every call
 * until it expires) is parsed and its signature checked once per instance, not on every request:
 * decoding was a tenth of a feedback's CPU. A hit is the same string whose signature and claims were
 * verified, so it proves the same; its expiry is checked again on every use, and an expired one is
 * handed to the verifier, which refuses it with its usual error. A hit also needs the signing keys
 * to be those it was verified with ({@code keyGeneration}, see {@link PublishedKeys#generation}): once
 * a fetch of the JWKS changes them, every token is verified again, so one signed by a key removed from
 * the set stops working. The map is bounded and per instance, and losing it only costs a
 * re-verification (ARCHITECTURE.md: caches are safe to lose).
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_ENTRIES = 10_000;

    private final JwtDecoder verifier;
    private final LongSupplier keyGeneration;
    /** The verifier's own expiry check, with its clock and leeway. */
    private final OAuth2TokenValidator<Jwt> stillValid;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, LongSupplier keyGeneration, Clock clock) {
        this.verifier = verifier;
        this.keyGeneration = keyGeneration;
        this.stillValid = JwtIdentities.timestamps(clock);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        long generation = keyGeneration.getAsLong(); // read first: keys changing meanwhile void the entry
        Verified known = verified.get(token);
        if (known != null) {
            if (known.generation() == generation
                    && !stillValid.validate(known.jwt()).hasErrors()) {
                return known.jwt();
            }
            verified.remove(token); // expired ones are refused as on first sight; others are checked again
        }
        Jwt jwt = verifier.decode(token);
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, generation));
        return jwt;
    }

    private record Verified(Jwt jwt, long generation) {}
}
