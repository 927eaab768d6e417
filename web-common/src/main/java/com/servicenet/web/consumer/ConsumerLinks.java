package com.servicenet.web.consumer;

import com.servicenet.web.certificates.QrCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Where a consumer checks an outlet: the outlet portal's public page
 * {@code ${servicenet.public-url}/tenant-web/service.xhtml?code=<outlet public code>}; the QR code on the
 * outlet's counter carries this URL, as a PNG or a one-page PDF to print.
 */
@ApplicationScoped
public class ConsumerLinks {

    /** Pixels of the PNG: large enough to print sharp at 9 cm. */
    static final int QR_SIZE = 600;

    @Inject
    @ConfigProperty(name = "servicenet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public String serviceUrl(String outletCode) {
        return serviceUrl(publicUrl, outletCode);
    }

    public byte[] png(String outletCode) {
        return QrCodes.png(serviceUrl(outletCode), QR_SIZE);
    }

    /** The counter's sheet: the QR code, a heading and the URL under it (both ASCII: the PDF has only Helvetica). */
    public byte[] pdf(String outletCode, String heading) {
        String url = serviceUrl(outletCode);
        return QrCodes.pdf(url, QR_SIZE, List.of(heading, url));
    }

    static String serviceUrl(String base, String outletCode) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + "/tenant-web/service.xhtml?code=" + URLEncoder.encode(outletCode, UTF_8);
    }
}
