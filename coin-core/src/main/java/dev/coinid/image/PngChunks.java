package dev.coinid.image;

import dev.coinid.error.ImageDecodeException;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Checks the chunk structure of a PNG file: every chunk complete, every CRC right, an IEND
 * chunk at the end. Neither the JDK's PNG reader nor Commons Imaging checks CRCs, so without
 * this a damaged file would decode silently into wrong pixels.
 */
final class PngChunks {

    private static final int SIGNATURE_LENGTH = 8;

    private PngChunks() {
    }

    /** Throws an {@link ImageDecodeException} naming {@code source} unless {@code png} is structurally sound. */
    static void verify(byte[] png, String source) {
        int offset = SIGNATURE_LENGTH;
        CRC32 crc = new CRC32();
        while (true) {
            if (offset + 8 > png.length) {
                throw new ImageDecodeException(source, "truncated PNG: the file ends at byte " + png.length
                        + " without an IEND chunk");
            }
            long length = readUnsignedInt(png, offset);
            String type = new String(png, offset + 4, 4, StandardCharsets.ISO_8859_1);
            long end = offset + 8 + length + 4;
            if (length > Integer.MAX_VALUE || end > png.length) {
                throw new ImageDecodeException(source, "truncated PNG: chunk '" + type + "' at byte " + offset
                        + " declares " + length + " data bytes but the file ends at byte " + png.length);
            }
            crc.reset();
            crc.update(png, offset + 4, 4 + (int) length);
            long stored = readUnsignedInt(png, offset + 8 + (int) length);
            if (crc.getValue() != stored) {
                throw new ImageDecodeException(source, String.format(
                        "corrupt PNG: chunk '%s' at byte %d has a bad CRC (stored %08x, computed %08x)",
                        type, offset, stored, crc.getValue()));
            }
            if (type.equals("IEND")) {
                return;
            }
            offset = (int) end;
        }
    }

    private static long readUnsignedInt(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }
}
