package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.match.CoinsInPhoto;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;

/**
 * What {@code identify --all-coins} and the web page answer for one photo: the photo as decoded
 * (to draw on), its main coin as a photo of one coin is identified, and every coin in it.
 *
 * @param photo the photo's name
 * @param image the photo, decoded once for both identifications and the drawing
 * @param main the photo identified as a photo of one coin
 * @param coins every coin found in it, in reading order
 */
public record EveryCoinAnswer(String photo, RgbImage image, Identification main, CoinsInPhoto coins) {

    /** Decodes {@code photo} once and identifies it both ways; an unreadable photo is a CoinIdException naming it. */
    public static EveryCoinAnswer of(DesignIndex index, ImageSource photo) {
        RgbImage image = photo.load();
        ImageSource decoded = ImageSource.memory(photo.name(), image);
        return new EveryCoinAnswer(photo.name(), image, index.identify(decoded), index.identifyEvery(decoded));
    }

    /** The object {@code identify --all-coins --json} prints for this photo. */
    public ObjectNode toJson(DesignIndex index) {
        return IdentifyJson.of(photo, main, coins, index.catalog());
    }
}
