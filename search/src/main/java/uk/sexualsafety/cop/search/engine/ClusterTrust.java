package uk.sexualsafety.cop.search.engine;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

/**
 * Which certificates the portal accepts from the OpenSearch cluster over https: those signed by the certificate
 * authorities in the PEM file {@code portal.search.opensearch.certificate-authority} (an installation's own CA, or the
 * one its OpenSearch was set up with), or, without that setting, whatever Java's trust store accepts. The probe and
 * Hibernate Search's client use the same, so a certificate that the first accepts works for the second.
 */
public final class ClusterTrust {

    public static final String CERTIFICATE_AUTHORITY = "portal.search.opensearch.certificate-authority";

    private final SSLContext context;

    private ClusterTrust(SSLContext context) {
        this.context = context;
    }

    /**
     * @param pemFile the certificate authorities' PEM file, or null or blank for Java's trust store
     * @throws SearchEngineStartupException when the file cannot be read or holds no certificate
     */
    public static ClusterTrust of(String pemFile) {
        if (pemFile == null || pemFile.isBlank()) {
            return new ClusterTrust(defaultContext());
        }
        Path file = Path.of(pemFile.strip());
        try (InputStream pem = Files.newInputStream(file)) {
            Collection<? extends Certificate> authorities = CertificateFactory.getInstance("X.509")
                    .generateCertificates(pem);
            if (authorities.isEmpty()) {
                throw unusable(file, "it holds no certificate", null);
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            for (Certificate authority : authorities) {
                trusted.setCertificateEntry("authority-" + index++, authority);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return new ClusterTrust(context);
        } catch (IOException unreadable) {
            throw unusable(file, "it cannot be read", unreadable);
        } catch (GeneralSecurityException notCertificates) {
            throw unusable(file, "it is not a PEM file of certificates", notCertificates);
        }
    }

    /** The TLS set-up for connections to the cluster. */
    public SSLContext sslContext() {
        return context;
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java offers no TLS", e);
        }
    }

    private static SearchEngineStartupException unusable(Path file, String reason, Exception cause) {
        return new SearchEngineStartupException(CERTIFICATE_AUTHORITY + " names " + file + ", but " + reason + ".",
                "Set " + CERTIFICATE_AUTHORITY + " to the PEM file of the certificate authority that signed the "
                        + "cluster's certificate, or leave it unset to use Java's trust store.", cause);
    }
}
