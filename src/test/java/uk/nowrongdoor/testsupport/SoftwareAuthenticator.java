package uk.nowrongdoor.testsupport;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A passkey authenticator in software for HTTP tests (webauthn4j-test is not on Maven Central here): an ES256 key
 * pair, "none" attestation, and assertions signed as a phone or security key would sign them. It builds the JSON a
 * browser's {@code navigator.credentials} result turns into in {@code js/passkeys.js}.
 */
public final class SoftwareAuthenticator {

    private final KeyPair keys;
    private final byte[] credentialId;
    private final String origin;
    private int signCount;

    public SoftwareAuthenticator(String origin) {
        this.origin = origin;
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
        this.credentialId = new byte[16];
        new java.security.SecureRandom().nextBytes(credentialId);
    }

    public String credentialId() {
        return b64(credentialId);
    }

    /** The body for {@code POST /webauthn/register}, answering these creation options (challenge, rp id). */
    public String registration(String challenge, String rpId, String label) {
        String clientData = "{\"type\":\"webauthn.create\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}";
        var authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x45); // user present, user verified, attested credential data
        authData.writeBytes(ByteBuffer.allocate(4).putInt(0).array());
        authData.writeBytes(new byte[16]); // AAGUID
        authData.writeBytes(
                ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
        authData.writeBytes(credentialId);
        authData.writeBytes(coseKey());
        var attestation = new Cbor().map(3);
        attestation.text("fmt").text("none");
        attestation.text("attStmt").map(0);
        attestation.text("authData").bytes(authData.toByteArray());
        return "{\"publicKey\":{\"credential\":{\"id\":\"" + credentialId() + "\",\"rawId\":\"" + credentialId()
                + "\",\"response\":{\"attestationObject\":\"" + b64(attestation.toBytes())
                + "\",\"clientDataJSON\":\"" + b64(clientData.getBytes(StandardCharsets.UTF_8))
                + "\",\"transports\":[\"internal\"]},\"type\":\"public-key\",\"clientExtensionResults\":{},"
                + "\"authenticatorAttachment\":\"platform\"},\"label\":\"" + label + "\"}}";
    }

    /** The body for {@code POST /login/webauthn}, answering these request options. */
    public String assertion(String challenge, String rpId, String userHandle) {
        return assertion(challenge, rpId, userHandle, keys);
    }

    /** The same, signed with a key that is not this passkey's: the server must refuse it. */
    public String forgedAssertion(String challenge, String rpId, String userHandle) {
        return assertion(challenge, rpId, userHandle, new SoftwareAuthenticator(origin).keys);
    }

    private String assertion(String challenge, String rpId, String userHandle, KeyPair signingKeys) {
        signCount++;
        byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                        + "\",\"crossOrigin\":false}")
                .getBytes(StandardCharsets.UTF_8);
        var authData = new ByteArrayOutputStream();
        authData.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        authData.write(0x05); // user present, user verified
        authData.writeBytes(ByteBuffer.allocate(4).putInt(signCount).array());
        byte[] authenticatorData = authData.toByteArray();
        byte[] signature;
        try {
            var signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(signingKeys.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
        return "{\"id\":\"" + credentialId() + "\",\"rawId\":\"" + credentialId() + "\",\"response\":{"
                + "\"authenticatorData\":\"" + b64(authenticatorData) + "\",\"clientDataJSON\":\"" + b64(clientData)
                + "\",\"signature\":\"" + b64(signature) + "\",\"userHandle\":\"" + userHandle + "\"},"
                + "\"type\":\"public-key\",\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
    }

    private byte[] coseKey() {
        var point = ((ECPublicKey) keys.getPublic()).getW();
        var key = new Cbor().map(5);
        key.integer(1).integer(2); // kty: EC2
        key.integer(3).integer(-7); // alg: ES256
        key.integer(-1).integer(1); // crv: P-256
        key.integer(-2).bytes(unsigned32(point.getAffineX()));
        key.integer(-3).bytes(unsigned32(point.getAffineY()));
        return key.toBytes();
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String b64(byte[] data) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    /** Just enough CBOR (RFC 8949) for attestation objects and COSE keys. */
    static final class Cbor {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private Cbor head(int major, long value) {
            if (value < 24) {
                out.write((major << 5) | (int) value);
            } else if (value < 256) {
                out.write((major << 5) | 24);
                out.write((int) value);
            } else if (value < 65536) {
                out.write((major << 5) | 25);
                out.writeBytes(ByteBuffer.allocate(2).putShort((short) value).array());
            } else {
                out.write((major << 5) | 26);
                out.writeBytes(ByteBuffer.allocate(4).putInt((int) value).array());
            }
            return this;
        }

        Cbor integer(long value) {
            return value >= 0 ? head(0, value) : head(1, -1 - value);
        }

        Cbor bytes(byte[] value) {
            head(2, value.length);
            out.writeBytes(value);
            return this;
        }

        Cbor text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            head(3, utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        Cbor map(int entries) {
            return head(5, entries);
        }

        byte[] toBytes() {
            return Arrays.copyOf(out.toByteArray(), out.size());
        }
    }
}
