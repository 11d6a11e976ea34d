package io.tailor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyRevocation;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Resource;
import io.tailor.support.ManualClock;
import io.tailor.support.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JWKS cache on its own clock: what is fetched when, and what a fetch changes. */
class PublishedKeysTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    private final List<JWK> published = new ArrayList<>();
    private final ManualClock clock = new ManualClock(TestClock.NOW);
    private int fetches;
    private boolean failing;
    private final PublishedKeys keys = new PublishedKeys(
            url(),
            ignored -> {
                fetches++;
                if (failing) {
                    throw new IOException("HTTP 503");
                }
                return new Resource(new JWKSet(published).toString(), "application/json");
            },
            clock,
            MAX_AGE,
            MIN_INTERVAL);

    @Test
    void keysAreFetchedOnceAndThenServedFromTheCache() throws Exception {
        ECKey current = publish("current");
        assertThat(select(current)).containsExactly(current.toPublicJWK());
        assertThat(select(current)).containsExactly(current.toPublicJWK());
        assertThat(fetches).isEqualTo(1);
    }

    @Test
    void anUnknownKidFetchesOnceMoreAndFindsAKeyRotatedIn() throws Exception {
        select(publish("current"));
        clock.advance(MIN_INTERVAL);
        ECKey rotatedIn = publish("rotated-in");
        assertThat(select(rotatedIn)).containsExactly(rotatedIn.toPublicJWK());
        assertThat(fetches).isEqualTo(2);
    }

    @Test
    void unknownKidsFetchAtMostOncePerInterval() throws Exception {
        select(publish("current"));
        assertThat(select(generate("made-up-1"))).isEmpty();
        assertThat(fetches).as("the keys were fetched just now").isEqualTo(1);

        clock.advance(MIN_INTERVAL);
        assertThat(select(generate("made-up-2"))).isEmpty();
        assertThat(select(generate("made-up-3"))).isEmpty();
        assertThat(fetches).isEqualTo(2);

        clock.advance(MIN_INTERVAL);
        assertThat(select(generate("made-up-4"))).isEmpty();
        assertThat(fetches).isEqualTo(3);
    }

    @Test
    void anAgedSetIsFetchedAgainSoAWithdrawnKeyStopsWorking() throws Exception {
        ECKey retiring = publish("retiring");
        select(retiring);
        long generation = keys.generation();
        published.remove(retiring);

        clock.advance(MAX_AGE.plusSeconds(1));
        assertThat(keys.generation())
                .as("asking for the generation of an aged set fetches it")
                .isNotEqualTo(generation);
        assertThat(select(retiring)).isEmpty();
    }

    @Test
    void theGenerationChangesOnlyWhenAFetchBringsOtherKeys() throws Exception {
        publish("current");
        long generation = keys.generation();
        clock.advance(MAX_AGE.plusSeconds(1));
        assertThat(keys.generation()).isEqualTo(generation);
        assertThat(fetches).isEqualTo(2);

        publish("next");
        clock.advance(MAX_AGE.plusSeconds(1));
        assertThat(keys.generation()).isEqualTo(generation + 1);
    }

    @Test
    void whileFetchesFailTheKeysInHandStayInUseAndAnUnknownKeyIsUnavailable() throws Exception {
        ECKey current = publish("current");
        select(current);
        failing = true;
        clock.advance(MAX_AGE.plusSeconds(1));

        assertThat(select(current)).containsExactly(current.toPublicJWK());
        assertThatThrownBy(() -> select(generate("unknown"))).isInstanceOf(PublishedKeys.Unavailable.class);
        assertThat(fetches)
                .as("failed fetches are retried only after the interval")
                .isEqualTo(2);

        failing = false;
        clock.advance(MIN_INTERVAL);
        assertThat(select(generate("unknown"))).isEmpty();
    }

    @Test
    void withNoKeysFetchedYetTheKeysAreUnavailable() throws Exception {
        ECKey current = publish("current");
        failing = true;
        assertThatThrownBy(() -> select(current)).isInstanceOf(PublishedKeys.Unavailable.class);
    }

    @Test
    void expiredNotYetValidRevokedAndOffCurveKeysAreLeftOut() throws Exception {
        Date anHourAgo = Date.from(clock.instant().minusSeconds(3600));
        Date inAnHour = Date.from(clock.instant().plusSeconds(3600));
        KeyRevocation revocation = new KeyRevocation(anHourAgo, KeyRevocation.Reason.SUPERSEDED);
        List<ECKey> unusable = List.of(
                new ECKeyGenerator(Curve.P_256)
                        .keyID("expired")
                        .expirationTime(anHourAgo)
                        .generate(),
                new ECKeyGenerator(Curve.P_256)
                        .keyID("not-yet")
                        .notBeforeTime(inAnHour)
                        .generate(),
                new ECKey.Builder(generate("revoked")).keyRevocation(revocation).build(),
                new ECKeyGenerator(Curve.P_384).keyID("p-384").generate());
        published.addAll(unusable);
        for (ECKey key : unusable) {
            assertThat(select(key)).as(key.getKeyID()).isEmpty();
        }
    }

    @Test
    void aJwksUrlThatIsNotHttpStopsStartUpNamingTheVariable() {
        assertThatThrownBy(
                        () -> PublishedKeys.at(URI.create("ftp://example.com/jwks.json"), MAX_AGE, MIN_INTERVAL, clock))
                .hasMessageContaining("TAILOR_JWT_JWKS_URL");
        assertThatThrownBy(() -> PublishedKeys.at(URI.create("jwks.json"), MAX_AGE, MIN_INTERVAL, clock))
                .hasMessageContaining("TAILOR_JWT_JWKS_URL");
    }

    private List<JWK> select(ECKey key) throws KeySourceException {
        JWSHeader header =
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build();
        return keys.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), null);
    }

    private ECKey publish(String kid) throws JOSEException {
        ECKey key = generate(kid);
        published.add(key);
        return key;
    }

    private static ECKey generate(String kid) throws JOSEException {
        return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    }

    private static URL url() {
        try {
            return URI.create("https://project.supabase.co/auth/v1/.well-known/jwks.json")
                    .toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
