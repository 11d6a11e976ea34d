package io.tailor.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs user tokens the way the service verifies them (HS256; {@code role} and {@code aud}
 * "authenticated"; two hours to live, longer than any run).
 */
final class Tokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");

    private final SecretKeySpec key;

    private Tokens(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256");
    }

    /**
     * With the service's secret: {@code TAILOR_JWT_SECRET}, else the one the embedded default keeps in
     * {@code $TAILOR_DATA_DIR/jwt-secret}, as scripts/token.sh reads it. Simulations call this while
     * they are built, so a missing secret stops the run before any user starts.
     */
    static Tokens ofService() {
        String configured = System.getenv("TAILOR_JWT_SECRET");
        if (configured != null && !configured.isBlank()) {
            return new Tokens(configured);
        }
        String dataDir = System.getenv().getOrDefault("TAILOR_DATA_DIR", "./data");
        try {
            return new Tokens(Files.readString(Path.of(dataDir, "jwt-secret")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No TAILOR_JWT_SECRET and no " + dataDir + "/jwt-secret: start the service once first", e);
        }
    }

    String user(String userId) {
        long expires = Instant.now().plus(Duration.ofHours(2)).getEpochSecond();
        String claims =
                Json.write(Map.of("sub", userId, "role", "authenticated", "aud", "authenticated", "exp", expires));
        String signed = HEADER + "." + encode(claims);
        return signed + "." + BASE64URL.encodeToString(hmac(signed));
    }

    private byte[] hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(signed.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(UTF_8));
    }
}
