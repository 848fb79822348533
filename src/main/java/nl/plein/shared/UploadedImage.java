package nl.plein.shared;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * An image upload made safe: the type is decided by the content (not the name or the declared
 * type), size and pixel dimensions are capped before decoding, and the picture is re-encoded from
 * its pixels, which drops every piece of metadata (location, camera, comments) and any payload.
 *
 * @param content the re-encoded bytes
 * @param contentType {@code image/jpeg}, or {@code image/png} for pictures with transparency
 */
public record UploadedImage(byte[] content, String contentType, int width, int height) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_SOURCE_PIXELS = 40_000_000;

    /** Why an upload was refused; {@link #messageKey()} is shown at the field. */
    public static final class Rejected extends Exception {
        private final String messageKey;

        Rejected(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Reads, checks and re-encodes an upload, scaling it down to at most {@code maxWidth} pixels wide. */
    public static UploadedImage of(byte[] upload, int maxWidth) throws Rejected {
        if (upload == null || upload.length == 0) {
            throw new Rejected("upload.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new Rejected("upload.tooLarge");
        }
        if (!isJpeg(upload) && !isPng(upload)) {
            throw new Rejected("upload.notImage");
        }
        BufferedImage source = decode(upload);
        BufferedImage scaled = scale(source, maxWidth);
        boolean transparent = scaled.getColorModel().hasAlpha();
        try {
            byte[] encoded = transparent ? encodePng(scaled) : encodeJpeg(scaled);
            return new UploadedImage(
                    encoded, transparent ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight());
        } catch (IOException e) {
            throw new Rejected("upload.notImage");
        }
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    /** Reads the dimensions from the header first, so a small file that unpacks to a huge picture is refused. */
    private static BufferedImage decode(byte[] upload) throws Rejected {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Rejected("upload.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_SOURCE_PIXELS) {
                    throw new Rejected("upload.tooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Rejected("upload.notImage");
        }
    }

    private static BufferedImage scale(BufferedImage source, int maxWidth) {
        int width = Math.min(source.getWidth(), maxWidth);
        int height = Math.max(1, (int) Math.round(source.getHeight() * (width / (double) source.getWidth())));
        boolean alpha = source.getColorModel().hasAlpha();
        var target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encodeJpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] encodePng(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
