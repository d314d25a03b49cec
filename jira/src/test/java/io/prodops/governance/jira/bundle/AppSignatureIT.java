package io.prodops.governance.jira.bundle;

import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * UPM 8 (Jira 11) app signing: {@code <jar>.sig} is the Base64 of a raw Ed25519 signature over the whole jar, checked
 * against the X.509 certificate the admin puts in {@code <shared-home>/upmconfig/truststore/} (research-notes.md §5).
 */
public class AppSignatureIT {
    private final BuiltBundle bundle = BuiltBundle.get();

    @Test
    public void theBuiltJarsSignatureVerifiesAgainstItsCertificate() throws Exception {
        X509Certificate certificate = certificate(Files.readAllBytes(Path.of(BuiltBundle.property("prodops.bundle.certificate"))));
        byte[] signature = signature(Path.of(bundle.jar + ".sig"));
        byte[] jar = Files.readAllBytes(bundle.jar);

        assertEquals("Ed25519 signatures are 64 bytes", 64, signature.length);
        assertTrue(certificate.getPublicKey().getAlgorithm(), Set.of("Ed25519", "EdDSA").contains(certificate.getPublicKey().getAlgorithm()));
        assertTrue("signature does not verify", verify(certificate.getPublicKey(), jar, signature));

        byte[] tampered = jar.clone();
        tampered[tampered.length / 2] ^= 1;
        assertFalse("a changed jar must not verify", verify(certificate.getPublicKey(), tampered, signature));
    }

    @Test
    public void theCertificateIsPem() throws Exception {
        String pem = Files.readString(Path.of(BuiltBundle.property("prodops.bundle.certificate")), StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertTrue(pem.strip().endsWith("-----END CERTIFICATE-----"));
    }

    /** The release path: a key and certificate from outside the repository (PKCS#8 PEM + X.509 PEM, as openssl writes them). */
    @Test
    public void theSignerUsesAKeyGivenFromOutside() throws Exception {
        Path work = Files.createDirectories(Path.of(BuiltBundle.property("prodops.work.dir"), "external-key-" + System.nanoTime()));
        KeyStore store = keyStore(work.resolve("vendor.p12"), "CN=Example Vendor");
        PrivateKey key = (PrivateKey) store.getKey("vendor", "changeit".toCharArray());
        X509Certificate certificate = (X509Certificate) store.getCertificate("vendor");
        Path keyPem = Files.writeString(work.resolve("app-signing.key"), pem("PRIVATE KEY", key.getEncoded()));
        Path certPem = Files.writeString(work.resolve("app-signing.crt"), pem("CERTIFICATE", certificate.getEncoded()));
        Path jar = Files.copy(bundle.jar, work.resolve("app.jar"));

        assertEquals(0, sign(work, jar, keyPem, certPem));

        byte[] signature = signature(Path.of(jar + ".sig"));
        assertTrue(verify(certificate.getPublicKey(), Files.readAllBytes(jar), signature));
        assertEquals(certificate, certificate(Files.readAllBytes(work.resolve("out.crt"))));
        assertNotEquals("not the throwaway key", certificate(Files.readAllBytes(Path.of(BuiltBundle.property("prodops.bundle.certificate")))),
                certificate);
    }

    @Test
    public void aKeyThatDoesNotMatchTheCertificateFailsTheBuild() throws Exception {
        Path work = Files.createDirectories(Path.of(BuiltBundle.property("prodops.work.dir"), "mismatch-" + System.nanoTime()));
        KeyStore one = keyStore(work.resolve("one.p12"), "CN=One");
        KeyStore two = keyStore(work.resolve("two.p12"), "CN=Two");
        Path keyPem = Files.writeString(work.resolve("one.key"), pem("PRIVATE KEY", one.getKey("vendor", "changeit".toCharArray()).getEncoded()));
        Path certPem = Files.writeString(work.resolve("two.crt"), pem("CERTIFICATE", two.getCertificate("vendor").getEncoded()));
        Path jar = Files.copy(bundle.jar, work.resolve("app.jar"));

        assertNotEquals(0, sign(work, jar, keyPem, certPem));
        assertFalse(Files.exists(Path.of(jar + ".sig")));
    }

    private static int sign(Path work, Path jar, Path key, Path cert) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                BuiltBundle.property("prodops.signer.source"), "--jar=" + jar, "--signature=" + jar + ".sig",
                "--certificate-out=" + work.resolve("out.crt"), "--work-dir=" + work.resolve("signing"),
                "--key=" + key, "--cert=" + cert));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("signer.log").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return process.exitValue();
    }

    private static KeyStore keyStore(Path file, String dname) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "vendor", "-keyalg", "Ed25519", "-dname", dname,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).redirectOutput(file.resolveSibling(file.getFileName() + ".log").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "changeit".toCharArray());
        }
        return store;
    }

    private static boolean verify(PublicKey key, byte[] data, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(signature);
    }

    private static byte[] signature(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    private static X509Certificate certificate(byte[] pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
