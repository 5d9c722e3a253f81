package dev.coinid.error;

/**
 * A labelled picture, or a data set, whose label is not one of the labels it must be among: a
 * test photo whose class the model does not know, a validation class missing from training. The
 * message starts with the picture or the data set and lists the known labels.
 */
public class LabelMismatchException extends DatasetLayoutException {

    public LabelMismatchException(String source, String problem) {
        super(source, problem);
    }
}
