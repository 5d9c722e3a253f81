package dev.coinid.research.classification;

import dev.coinid.dataset.LabelledImage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shooting session a photo of the shared data set comes from, told by the time in its file
 * name {@code IMG_<yyyyMMdd>_<HHmmss>_<k>.jpg}: the night session under artificial light (file
 * times 00:00 to 05:59) or a day session (any other time). Photos of one session share light,
 * white balance and background, so holding out a whole session measures how a model does on
 * photos of a day it has never seen.
 */
public enum ShootingSession {

    /** Photos taken from 00:00 to 05:59: artificial light, a strong warm white balance. */
    NIGHT,

    /** Photos taken at any other time (the shared data: 12:00 to 16:59), on green or teal backgrounds. */
    DAY;

    private static final Pattern FILE_TIME = Pattern.compile("IMG_\\d{8}_(\\d{2})\\d{4}");
    private static final int NIGHT_ENDS_AT_HOUR = 6;

    /** The session of a file name such as {@code IMG_20190707_010612_3.jpg}; empty when it holds no time. */
    public static Optional<ShootingSession> ofFileName(String fileName) {
        Matcher m = FILE_TIME.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        return Optional.of(hour < NIGHT_ENDS_AT_HOUR ? NIGHT : DAY);
    }

    /** The session of a labelled image, from its file name (or its source name when it has no file). */
    public static Optional<ShootingSession> of(LabelledImage image) {
        String name = image.source().path().map(Path::getFileName).map(Path::toString).orElse(image.source().name());
        return ofFileName(name);
    }

    /** Whether {@code image} was taken in this session; images without a time in their name belong to none. */
    public boolean contains(LabelledImage image) {
        return of(image).filter(s -> s == this).isPresent();
    }
}
