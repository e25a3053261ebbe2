package dev.readout.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"readout " + (v == null ? "dev" : v)};
  }
}
