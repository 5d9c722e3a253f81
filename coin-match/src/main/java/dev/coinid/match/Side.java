package dev.coinid.match;

/** Which side of a coin a photo shows, as far as an index can tell. */
public enum Side {
    /** A national side: a design of the index, named. */
    NATIONAL,
    /**
     * The common side, the map of Europe and the value, which every euro-area country strikes
     * alike (the 1-euro coin's is the same map): turn the coin over to tell its design.
     */
    COMMON,
    /** Neither a design of the index nor a common side: another coin, no coin, or a design without a picture. */
    UNKNOWN
}
