package com.servicenet.web.certificates;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The QR image decodes back to exactly the URL it was made of. */
class QrCodesTest {

    @Test
    void thePngDecodesToTheVerificationUrl() throws Exception {
        String url = CertificateLinks.verificationUrl("https://service.example.cn/", "7K3M9QZ2X4VB8N1PRT5W");
        assertEquals("https://service.example.cn/tenant-web/verify.xhtml?code=7K3M9QZ2X4VB8N1PRT5W", url);
        String uri = QrCodes.pngDataUri(url, CertificateLinks.QR_SIZE);
        assertTrue(uri.startsWith("data:image/png;base64,"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertEquals(CertificateLinks.QR_SIZE, image.getWidth());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals(url, decoded);
    }
}
