package dev.coinid.cli.serve;

/**
 * A request {@link CoinIdServer} refuses, with the HTTP status and the one-line error it answers:
 * {@code {"photo": <the upload's name, or null>, "error": <what was wrong>}}.
 */
final class RequestRejected extends RuntimeException {

    private final int status;
    private final String photo;

    RequestRejected(int status, String photo, String message) {
        super(message, null, false, false);
        this.status = status;
        this.photo = photo;
    }

    /** The HTTP status: 400, 413, 415 or 503. */
    int status() {
        return status;
    }

    /** The upload the error is about, or null where it is about the whole request. */
    String photo() {
        return photo;
    }
}
