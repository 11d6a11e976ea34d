package io.tailor.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The keys a token may be verified with, chosen by its header's {@code alg}: HS256 only ever with the
 * shared secret, RS256 and ES256 only ever with the published keys (by {@code kid}), anything else with
 * none, so it is refused. Keeping the two apart is what defeats algorithm confusion: a token cannot
 * name HS256 to have its MAC checked against a public key, nor RS256 to escape the secret.
 */
final class SigningKeys implements JWSKeySelector<SecurityContext> {

    static final Set<JWSAlgorithm> PUBLISHED_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final @Nullable SecretKey secret;
    private final @Nullable JWSKeySelector<SecurityContext> published;

    SigningKeys(Optional<String> secret, Optional<PublishedKeys> published) {
        this.secret = secret.map(
                        value -> (SecretKey) new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .orElse(null);
        this.published = published
                .map(keys -> new JWSVerificationKeySelector<>(PUBLISHED_ALGORITHMS, keys))
                .orElse(null);
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, @Nullable SecurityContext context)
            throws KeySourceException {
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (JWSAlgorithm.HS256.equals(algorithm)) {
            return secret == null ? List.of() : List.of(secret);
        }
        if (published != null && PUBLISHED_ALGORITHMS.contains(algorithm)) {
            return published.selectJWSKeys(header, context);
        }
        return List.of();
    }
}
