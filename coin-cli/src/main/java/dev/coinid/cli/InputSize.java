package dev.coinid.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The network input's size as given on the command line: {@code 128} for a square or
 * {@code 128x32} for width x height.
 *
 * @param width input width in pixels
 * @param height input height in pixels
 */
record InputSize(int width, int height) {

    /** Parses {@code N} or {@code WxH}; picocli reports a failure as a usage error. */
    static final class Converter implements ITypeConverter<InputSize> {
        @Override
        public InputSize convert(String value) {
            String[] parts = value.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
            try {
                int width = Integer.parseInt(parts[0]);
                int height = parts.length == 1 ? width : Integer.parseInt(parts[1]);
                if (parts.length > 2 || width < 8 || height < 8) {
                    throw new NumberFormatException();
                }
                return new InputSize(width, height);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value
                        + "' is not an input size: give one number of at least 8 (a square) or WxH, such as 128x32");
            }
        }
    }
}
