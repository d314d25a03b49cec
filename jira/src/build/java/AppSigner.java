import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Build-only app signer for UPM 8 (Jira 11): writes the Base64 of the raw Ed25519 signature over the whole jar bytes
 * (what {@code openssl pkeyutl -sign -rawin} produces; research-notes.md §5) and the signing certificate as X.509 PEM.
 * Run as a single-file program ({@code java AppSigner.java --jar=... }); it is never part of the shipped jar.
 *
 * <p>Key: {@code --key=} a PKCS#8 PEM private key ({@code openssl genpkey -algorithm ed25519}) and {@code --cert=} its
 * X.509 PEM certificate, both kept outside the repository. Without them a throwaway Ed25519 key and self-signed
 * certificate are generated with the JDK's keytool under {@code --work-dir} (fine for a test instance whose trust store,
 * {@code <shared-home>/upmconfig/truststore/}, gets that certificate; never for a release).
 */
public final class AppSigner {
    private static final String THROWAWAY_ALIAS = "prodops-throwaway";
    private static final char[] THROWAWAY_PASSWORD = "throwaway".toCharArray();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path jar = Path.of(required(options, "jar"));
        Path signatureOut = Path.of(required(options, "signature"));
        Path certificateOut = Path.of(required(options, "certificate-out"));
        Path workDir = Path.of(required(options, "work-dir"));
        String keyFile = options.getOrDefault("key", "").strip();
        String certFile = options.getOrDefault("cert", "").strip();

        PrivateKey key;
        X509Certificate certificate;
        if (!keyFile.isEmpty() || !certFile.isEmpty()) {
            if (keyFile.isEmpty() || certFile.isEmpty()) {
                throw new IllegalArgumentException("Give both prodops.signing.key and prodops.signing.cert, or neither (throwaway key).");
            }
            key = readPrivateKey(Path.of(keyFile));
            certificate = readCertificate(Files.readAllBytes(Path.of(certFile)));
            System.out.println("[AppSigner] signing with the key from " + keyFile);
        } else {
            KeyStore store = throwawayKeyStore(workDir);
            key = (PrivateKey) store.getKey(THROWAWAY_ALIAS, THROWAWAY_PASSWORD);
            certificate = (X509Certificate) store.getCertificate(THROWAWAY_ALIAS);
            System.out.println("[AppSigner] WARNING: signing with a THROWAWAY key (" + workDir + "); pass -Dprodops.signing.key/-Dprodops.signing.cert for a release");
        }

        byte[] jarBytes = Files.readAllBytes(jar);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(jarBytes);
        byte[] signature = signer.sign();

        // the key must belong to the certificate, or UPM rejects the app
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(jarBytes);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("The signing key does not match the certificate " + certificate.getSubjectX500Principal());
        }

        Files.createDirectories(signatureOut.toAbsolutePath().getParent());
        Files.writeString(signatureOut, Base64.getEncoder().encodeToString(signature), StandardCharsets.US_ASCII);
        Files.createDirectories(certificateOut.toAbsolutePath().getParent());
        Files.writeString(certificateOut, pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
        System.out.println("[AppSigner] " + signatureOut.getFileName() + " and " + certificateOut.getFileName() + " written ("
                + certificate.getSubjectX500Principal() + ")");
    }

    private static KeyStore throwawayKeyStore(Path workDir) throws IOException, InterruptedException, GeneralSecurityException {
        Path storeFile = workDir.resolve("throwaway-signing.p12");
        if (!Files.exists(storeFile)) {
            Files.createDirectories(workDir);
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            List<String> command = new ArrayList<>(List.of(keytool, "-genkeypair", "-alias", THROWAWAY_ALIAS,
                    "-keyalg", "Ed25519", "-dname", "CN=ProdOps Governance throwaway signing key, O=ProdOps",
                    "-validity", "30", "-storetype", "PKCS12", "-keystore", storeFile.toString(),
                    "-storepass", new String(THROWAWAY_PASSWORD), "-keypass", new String(THROWAWAY_PASSWORD)));
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("keytool failed to create " + storeFile);
            }
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(storeFile)) {
            store.load(in, THROWAWAY_PASSWORD);
        }
        return store;
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException(file + " is not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pemBody(text)));
    }

    private static X509Certificate readCertificate(byte[] pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
    }

    private static byte[] pemBody(String pem) {
        StringBuilder body = new StringBuilder();
        for (String line : pem.split("\\R")) {
            if (!line.startsWith("-----") && !line.isBlank()) {
                body.append(line.strip());
            }
        }
        return Base64.getDecoder().decode(body.toString());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "= is required");
        }
        return value;
    }
}
