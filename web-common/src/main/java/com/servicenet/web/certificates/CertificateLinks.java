package com.servicenet.web.certificates;

import com.servicenet.training.control.CertificationRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Where a certificate's code is verified in public: the outlet portal's verification page at the address
 * browsers reach the platform under ({@code servicenet.public-url}, from {@code SERVICENET_PUBLIC_URL}). The
 * printed certificate's QR code carries this URL.
 */
@ApplicationScoped
public class CertificateLinks {

    /** Pixels of the QR image; prints at about 3 cm. */
    static final int QR_SIZE = 220;

    @Inject
    @ConfigProperty(name = "servicenet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public String verificationUrl(String code) {
        return verificationUrl(publicUrl, code);
    }

    /** The certificate with its verification URL and that URL's QR code (a PNG data URI). */
    public CertificateCard card(CertificationRow certificate) {
        String url = verificationUrl(certificate.code());
        return new CertificateCard(certificate, url, QrCodes.pngDataUri(url, QR_SIZE));
    }

    static String verificationUrl(String base, String code) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + "/tenant-web/verify.xhtml?code=" + URLEncoder.encode(code, UTF_8);
    }
}
