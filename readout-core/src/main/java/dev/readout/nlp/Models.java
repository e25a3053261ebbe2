package dev.readout.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the OpenNLP models the stage uses (sentence, part of speech) from the class path, where
 * their Maven artifacts put them; the one place that turns a missing or unreadable model into an
 * error naming it.
 */
final class Models {

  /** A model's constructor from its stream ({@code POSModel::new}, {@code SentenceModel::new}). */
  @FunctionalInterface
  interface Reader<M> {
    M read(InputStream in) throws IOException;
  }

  private Models() {}

  /**
   * The model at class-path {@code resource}.
   *
   * @param what what the model is, for the error ("sentence model")
   * @throws IllegalStateException if the resource is not on the class path
   * @throws UncheckedIOException if it cannot be read
   */
  static <M> M load(String resource, String what, Reader<M> reader) {
    try (InputStream in = Models.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(what + " not on the class path: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + what + " " + resource, e);
    }
  }
}
