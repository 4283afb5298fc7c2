package jp.meetingsearch.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The token that opens the write operations ({@code ADMIN_TOKEN}). Without one they do not exist; with one, a
 * request must carry {@code Authorization: Bearer <token>}. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, which takes the same time wherever they differ, so that response times do not
 * reveal how much of a guess was right (nor, through the digest, its length).
 */
public final class AdminToken {
    private static final String BEARER = "Bearer ";
    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = token == null ? null : sha256(token);
    }

    /** The token of the configuration; empty: the write operations are off. */
    public static AdminToken of(Optional<String> token) {
        return new AdminToken(token.orElse(null));
    }

    /** True when a token is configured, i.e. the write operations exist. */
    public boolean enabled() {
        return digest != null;
    }

    /** Whether an {@code Authorization} header value carries the token. */
    public boolean accepts(String authorization) {
        if (digest == null || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
