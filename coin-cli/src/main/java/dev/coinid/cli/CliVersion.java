package dev.coinid.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What {@code coinid --version} prints: the coinid version the model module was built as. */
final class CliVersion implements IVersionProvider {

    private static final String VERSION_RESOURCE = "/dev/coinid/model/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"coinid " + version(), "Java " + Runtime.version()};
    }

    private static String version() {
        try (InputStream in = CliVersion.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "(version unknown)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            return "(version unknown)";
        }
    }
}
