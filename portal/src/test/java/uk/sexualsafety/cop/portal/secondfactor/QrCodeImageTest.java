package uk.sexualsafety.cop.portal.secondfactor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeImageTest {

    @Test
    void thePngReadsBackAsTheAppAddress() throws Exception {
        String address = OneTimeCodes.appAddress("Sexual Safety CoP", "moderator@demo.nhs.net",
                "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodeImage.png(address)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();

        assertThat(read).isEqualTo(address);
        assertThat(image.getWidth()).isBetween(200, 400);
    }
}
