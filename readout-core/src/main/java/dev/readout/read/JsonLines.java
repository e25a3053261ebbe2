package dev.readout.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.model.Input;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One record per line, named {@code path:LINE}; a line that does not parse is rejected alone. A
 * file holding a single line is named {@code path}, like any single JSON file.
 */
final class JsonLines implements Items {

  private final ReadContext ctx;
  private final LineInput lines;
  private final Deque<LineInput.Line> pending;
  private boolean first = true;
  private IOException failure;
  private boolean done;

  JsonLines(ReadContext ctx, LineInput lines, List<LineInput.Line> firstLines) {
    this.ctx = ctx;
    this.lines = lines;
    this.pending = new ArrayDeque<>(firstLines);
  }

  @Override
  public Optional<Input> next() {
    if (done) {
      return Optional.empty();
    }
    try {
      Optional<LineInput.Line> line = take();
      if (line.isEmpty()) {
        return finish(Optional.empty());
      }
      String source = ctx.source() + ":" + line.get().number();
      boolean wholeFile = false;
      if (first) {
        first = false;
        wholeFile = onlyLine();
        if (wholeFile) {
          source = ctx.source();
        }
      }
      return Optional.of(parse(line.get(), source, wholeFile));
    } catch (IOException | RuntimeException e) {
      return finish(Optional.of(ctx.reject(ctx.explain(e))));
    }
  }

  private Optional<LineInput.Line> take() throws IOException {
    if (!pending.isEmpty()) {
      return Optional.of(pending.poll());
    }
    if (failure != null) {
      throw failure;
    }
    return nonBlank();
  }

  /** Whether no line follows the first; a read failure counts as "more follows" and is kept for later. */
  private boolean onlyLine() {
    if (!pending.isEmpty()) {
      return false;
    }
    try {
      Optional<LineInput.Line> next = nonBlank();
      next.ifPresent(pending::add);
      return next.isEmpty();
    } catch (IOException e) {
      failure = e;
      return false;
    }
  }

  private Optional<LineInput.Line> nonBlank() throws IOException {
    while (true) {
      Optional<LineInput.Line> l = lines.next(ctx.limit());
      if (l.isEmpty() || !l.get().blank()) {
        return l;
      }
    }
  }

  /** One line's record; a file of one line is a single JSON document, read as one. */
  private Input parse(LineInput.Line line, String source, boolean wholeFile) {
    if (!line.fits()) {
      return ctx.reject(source, BoundedBytes.overLimit("line", line.length(), ctx.limit()));
    }
    String text = new String(line.bytes(), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      JsonNode node = JsonRecords.LINE_READER.readTree(text);
      return wholeFile ? JsonFields.toWholeFileInput(ctx, node) : JsonFields.toInput(ctx, node, source);
    } catch (JsonProcessingException e) {
      return ctx.reject(source, "line is not valid JSON: " + Failures.firstLine(new IOException(e.getOriginalMessage())));
    }
  }

  private Optional<Input> finish(Optional<Input> last) {
    done = true;
    close();
    return last;
  }

  @Override
  public void close() {
    ctx.close();
  }
}
