package dev.coinid.references;

import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.match.DesignIndex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference pictures that coinid ships: one Open Coin Data picture per catalog coin, of which
 * {@link DesignIndex#bundled()} is the index. For rendering views of real designs, checking what
 * a reference looks like, or building an index of your own that extends them.
 *
 * <p>The pictures are Open Coin Data by Coinection (https://coinection.eu), licensed CC BY 4.0
 * (https://creativecommons.org/licenses/by/4.0/), converted from WebP to JPEG and shrunk: see
 * {@link #ATTRIBUTION} and the jar's {@code META-INF/NOTICE}.
 */
public final class BundledReferences {

    /** The credit the pictures' licence asks for. */
    public static final String ATTRIBUTION = "Reference pictures: Open Coin Data by Coinection (https://coinection.eu), "
            + "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); converted to JPEG and shrunk to 320 px";

    private static final String FOLDER = "/dev/coinid/references/";
    private static final String TABLE = "references.tsv";
    private static final ImageDecoder DECODER = ImageDecoder.defaults();

    private static volatile List<String> catalogIds;

    private BundledReferences() {
    }

    /** The catalog ids that have a bundled picture, in the order of the mapping table. */
    public static List<String> catalogIds() {
        List<String> ids = catalogIds;
        if (ids == null) {
            ids = readCatalogIds();
            catalogIds = ids;
        }
        return ids;
    }

    /**
     * The bundled picture of the coin {@code catalogId}, decoded; an
     * {@link IllegalArgumentException} where coinid ships no picture of it.
     */
    public static RgbImage picture(String catalogId) {
        if (!catalogIds().contains(catalogId)) {
            throw new IllegalArgumentException("coinid ships no reference picture of '" + catalogId + "'");
        }
        String resource = FOLDER + "pictures/" + catalogId + ".jpg";
        try (InputStream in = BundledReferences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the coin-references jar");
            }
            return DECODER.decode(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The mapping table's catalog ids that name a picture (the column {@code ocd_picture} not empty). */
    private static List<String> readCatalogIds() {
        try (InputStream in = BundledReferences.class.getResourceAsStream(FOLDER + TABLE)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + TABLE + " is missing from the coin-references jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> ids = new ArrayList<>();
            lines.readLine(); // the header
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t", -1);
                if (fields.length >= 3 && !fields[2].isBlank()) {
                    ids.add(fields[0]);
                }
            }
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + TABLE, e);
        }
    }
}
