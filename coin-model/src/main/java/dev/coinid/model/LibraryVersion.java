package dev.coinid.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of coinid that is running, as Maven filtered it into {@code version.properties}. */
final class LibraryVersion {

    private static final String VERSION = read();

    private LibraryVersion() {
    }

    static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
