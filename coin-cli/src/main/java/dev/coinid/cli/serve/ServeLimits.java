package dev.coinid.cli.serve;

/**
 * What {@link CoinIdServer} accepts and how much it does at once: the largest photo and the most photos in one
 * request, how many identifications run at once and how many requests may wait for one. A request beyond these is
 * refused with a 4xx (too large, too many) or 503 (busy) rather than slowing every other user down.
 *
 * @param maxPhotoBytes the largest photo accepted, in bytes
 * @param maxPhotos the most photos in one request
 * @param workers how many identifications run at once
 * @param waiting how many requests may wait for a free worker; one more is answered 503
 */
public record ServeLimits(long maxPhotoBytes, int maxPhotos, int workers, int waiting) {

    /** 25 MB: a phone's largest photo with room to spare. */
    public static final long DEFAULT_MAX_PHOTO_BYTES = 25L * 1024 * 1024;
    /** Ten photos a request. */
    public static final int DEFAULT_MAX_PHOTOS = 10;
    /** Requests that may wait for a worker, per worker. */
    private static final int WAITING_PER_WORKER = 16;

    public ServeLimits {
        if (maxPhotoBytes < 1 || maxPhotos < 1 || workers < 1 || waiting < 0) {
            throw new IllegalArgumentException("limits must be positive (waiting may be 0): photo bytes "
                    + maxPhotoBytes + ", photos " + maxPhotos + ", workers " + workers + ", waiting " + waiting);
        }
    }

    /** 25 MB a photo, 10 photos a request, one identification per core at once, 16 waiting requests per core. */
    public static ServeLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServeLimits(DEFAULT_MAX_PHOTO_BYTES, DEFAULT_MAX_PHOTOS, cores, WAITING_PER_WORKER * cores);
    }

    /** The same limits with {@code workers} identifications at once and {@code waiting} waiting requests. */
    public ServeLimits withWorkers(int workers, int waiting) {
        return new ServeLimits(maxPhotoBytes, maxPhotos, workers, waiting);
    }

    /** The same limits with another largest photo, in bytes. */
    public ServeLimits withMaxPhotoBytes(long bytes) {
        return new ServeLimits(bytes, maxPhotos, workers, waiting);
    }

    /** The largest request: every photo at its largest, and room for the form's other bytes. */
    long maxRequestBytes() {
        return maxPhotoBytes * maxPhotos + 1024L * 1024;
    }
}
