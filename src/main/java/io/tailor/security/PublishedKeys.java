package io.tailor.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing keys published at {@code TAILOR_JWT_JWKS_URL}, cached and fetched again when older than
 * {@code maxAge} (so a key removed from the set stops working) or when a token names a key the cache
 * lacks (so a rotated-in key works at once). Fetches are at least {@code minInterval} apart, so tokens
 * with made-up {@code kid}s cannot make us hammer the endpoint. If a fetch fails the keys in hand stay
 * in use and the fetch is tried again after {@code minInterval}; a token whose key is not in hand
 * while fetches fail cannot be judged, and the caller learns the keys are {@link Unavailable}.
 */
final class PublishedKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(PublishedKeys.class);
    private static final int TIMEOUT_MILLIS = 3_000;
    private static final int SIZE_LIMIT_BYTES = 256 * 1024;

    private final URL url;
    private final ResourceRetriever retriever;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration minInterval;
    private final ReentrantLock fetching = new ReentrantLock();

    private volatile Snapshot current = Snapshot.NONE;
    private @Nullable Instant lastAttempt; // guarded by fetching

    PublishedKeys(URL url, ResourceRetriever retriever, Clock clock, Duration maxAge, Duration minInterval) {
        this.url = url;
        this.retriever = retriever;
        this.clock = clock;
        this.maxAge = maxAge;
        this.minInterval = minInterval;
    }

    static PublishedKeys at(URI uri, Duration maxAge, Duration minInterval, Clock clock) {
        URL url = url(uri);
        log.info("RS256 and ES256 tokens are verified with the keys at {} (TAILOR_JWT_JWKS_URL)", url);
        return new PublishedKeys(
                url,
                new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT_BYTES),
                clock,
                maxAge,
                minInterval);
    }

    /**
     * Changes whenever a fetch brings a different set of keys, so tokens verified before are verified
     * again. Asking also fetches an aged set again: cached verifications never outlive {@code maxAge}.
     */
    long generation() {
        return fresh().generation();
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) throws KeySourceException {
        Snapshot before = current;
        Snapshot seen = fresh();
        List<JWK> keys = usable(selector.select(seen.keys()));
        if (keys.isEmpty() && seen == before) {
            seen = refetch(seen, true);
            keys = usable(selector.select(seen.keys()));
        }
        if (keys.isEmpty() && seen.failing()) {
            throw new Unavailable(url);
        }
        return keys;
    }

    /** One request fetches an aged set again while the others go on with the keys in hand. */
    private Snapshot fresh() {
        Snapshot seen = current;
        // with no keys in hand there is nothing to go on: wait for the fetch under way
        return seen.refreshAt().isAfter(clock.instant())
                ? seen
                : refetch(seen, seen.keys().isEmpty());
    }

    private Snapshot refetch(Snapshot seen, boolean wait) {
        if (wait) {
            fetching.lock();
        } else if (!fetching.tryLock()) {
            return seen;
        }
        try {
            Instant now = clock.instant();
            if (current != seen || (lastAttempt != null && now.isBefore(lastAttempt.plus(minInterval)))) {
                return current; // another request fetched meanwhile, or one did too recently
            }
            lastAttempt = now;
            current = seen.next(fetch(), now.plus(maxAge));
        } catch (IOException | ParseException e) {
            log.warn("Could not fetch the JWKS at {} (TAILOR_JWT_JWKS_URL): {}", url, e.getMessage());
            current = seen.failed(clock.instant().plus(minInterval));
        } finally {
            fetching.unlock();
        }
        return current;
    }

    private JWKSet fetch() throws IOException, ParseException {
        return JWKSet.parse(retriever.retrieveResource(url).getContent()).toPublicJWKSet();
    }

    /** Keys past their {@code exp}, before their {@code nbf}, revoked, or not on ES256's curve are left out. */
    private List<JWK> usable(List<JWK> keys) {
        Instant now = clock.instant();
        return keys.stream()
                .filter(key -> key.getExpirationTime() == null
                        || key.getExpirationTime().toInstant().isAfter(now))
                .filter(key -> key.getNotBeforeTime() == null
                        || !key.getNotBeforeTime().toInstant().isAfter(now))
                .filter(key -> key.getKeyRevocation() == null)
                .filter(key -> !(key instanceof ECKey ec) || Curve.P_256.equals(ec.getCurve()))
                .toList();
    }

    private static URL url(URI uri) {
        String scheme = String.valueOf(uri.getScheme());
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalStateException("TAILOR_JWT_JWKS_URL must be an http(s) URL, e.g. "
                    + "https://<project>.supabase.co/auth/v1/.well-known/jwks.json, not " + uri);
        }
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("TAILOR_JWT_JWKS_URL is not a valid URL: " + uri, e);
        }
    }

    /**
     * The keys as last fetched, when to fetch them again, how many fetches changed them, and whether
     * the latest attempt failed (or none was made yet).
     */
    private record Snapshot(JWKSet keys, Instant refreshAt, long generation, boolean failing) {

        static final Snapshot NONE = new Snapshot(new JWKSet(), Instant.MIN, 0, true);

        Snapshot next(JWKSet fetched, Instant refreshAt) {
            boolean same = new HashSet<>(fetched.getKeys()).equals(new HashSet<>(keys.getKeys()));
            return new Snapshot(fetched, refreshAt, same ? generation : generation + 1, false);
        }

        Snapshot failed(Instant retryAt) {
            return new Snapshot(keys, retryAt, generation, true);
        }
    }

    /** The key a token names could not be fetched: not the token's fault, so a 503 rather than a 401. */
    static final class Unavailable extends KeySourceException {

        Unavailable(URL url) {
            super("The signing keys at " + url + " (TAILOR_JWT_JWKS_URL) could not be fetched");
        }
    }
}
