package org.w3id.cadregraph.cli;

import org.w3id.cadregraph.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version from the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"cadregraph " + Version.get(), "extractor " + Version.extractor()};
    }
}
