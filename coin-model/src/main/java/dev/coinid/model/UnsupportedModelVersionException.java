package dev.coinid.model;

/** A model saved in a newer format than this version of coinid reads: upgrade coinid to load it. */
public class UnsupportedModelVersionException extends ModelFormatException {

    private final int formatVersion;

    public UnsupportedModelVersionException(String source, int formatVersion, int supported) {
        super(source, "model format version " + formatVersion + " is newer than the newest this coinid reads ("
                + supported + "); upgrade coinid");
        this.formatVersion = formatVersion;
    }

    /** The format version found in the model's metadata. */
    public int formatVersion() {
        return formatVersion;
    }
}
