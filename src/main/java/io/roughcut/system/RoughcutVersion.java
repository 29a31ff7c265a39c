package io.roughcut.system;

import picocli.CommandLine;

/** The version printed by {@code roughcut --version}, from the jar's manifest. */
final class RoughcutVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = RoughcutVersion.class.getPackage().getImplementationVersion();
        return new String[] {"roughcut " + (version == null ? "(development build)" : version)};
    }
}
