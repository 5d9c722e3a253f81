package dev.coinid.bench.photo;

import java.awt.image.BufferedImage;

/**
 * The two JPEGs the photo benchmarks read, drawn and encoded in their setup: a 12-megapixel
 * phone photo (4000x3000) and a 256x256 crop around its coin, both at quality 0.9.
 *
 * @param phone the 4000x3000 photo's JPEG bytes
 * @param crop the 256x256 crop's JPEG bytes
 */
public record BenchmarkPhotos(byte[] phone, byte[] crop) {

    /** The side of the crop, as in the project's data sets (at most 256 px). */
    public static final int CROP_SIZE = 256;

    /** Draws the photo and its crop and encodes both (a few seconds). */
    public static BenchmarkPhotos draw() {
        BufferedImage photo = PhonePhoto.draw(PhonePhoto.PHONE_WIDTH, PhonePhoto.PHONE_HEIGHT, 2024);
        return new BenchmarkPhotos(PhonePhoto.jpeg(photo, PhonePhoto.JPEG_QUALITY),
                PhonePhoto.jpeg(PhonePhoto.coinCrop(photo, CROP_SIZE), PhonePhoto.JPEG_QUALITY));
    }
}
