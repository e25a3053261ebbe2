package dev.readout.server;

/** A request for an id the index does not hold; answered with 404. */
final class NotFound extends RuntimeException {

  NotFound(String what) {
    super(what, null, false, false);
  }
}
