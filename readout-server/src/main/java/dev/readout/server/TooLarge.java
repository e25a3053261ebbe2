package dev.readout.server;

/** A request body over {@link ReadoutServer#MAX_BODY}; answered with 413. */
final class TooLarge extends RuntimeException {

  TooLarge(long bytes) {
    super("request body of " + bytes + " bytes; the API takes none (at most " + ReadoutServer.MAX_BODY + " bytes)", null, false, false);
  }
}
