package dev.readout.model;

/** One item a reader yields: a document, or a rejection that names the input and the reason. */
public sealed interface Input permits RawDocument, Rejected {

  /** Where the item came from: a path, with {@code #record-id} or {@code :line} when inside a container. */
  String source();
}
