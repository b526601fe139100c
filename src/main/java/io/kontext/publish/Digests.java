package io.kontext.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** The hashes publishing compares objects by: MD5 (what stores give as the ETag of an upload) and SHA-256. */
final class Digests {

    private Digests() {
    }

    static String md5(byte[] bytes) {
        return hex("MD5", bytes);
    }

    static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    /** A hash of the headers an object is stored with, so that a change of them is a change of the object. */
    static String headers(Map<String, String> headers) {
        StringBuilder b = new StringBuilder();
        headers.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        return sha256(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
