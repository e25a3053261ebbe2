package dev.readout.read;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns exceptions into the one-line reasons a {@link dev.readout.model.Rejected} carries. */
final class Failures {

  static final String STAGE = "read";

  private Failures() {}

  /** A short reason a person can act on; never null, never multi-line. */
  static String reason(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof GzipInput.Damage) {
        return c.getMessage();
      }
    }
    if (t instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof FileSystemLoopException) {
      return "directory loop";
    }
    if (t instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (t instanceof EOFException) {
      return "unexpected end of input";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory";
    }
    return firstLine(t);
  }

  /** The exception's message (first line, at most 200 characters), or its type when it has none. */
  static String firstLine(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
    m = m.strip();
    int nl = m.indexOf('\n');
    if (nl > 0) {
      m = m.substring(0, nl).strip();
    }
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }
}
