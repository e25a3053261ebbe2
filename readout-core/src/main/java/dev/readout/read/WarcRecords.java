package dev.readout.read;

import dev.readout.model.Input;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The response and resource records of one WARC stream, one document each; every other record
 * type is skipped. A damaged stream ends with one rejection naming the damage, after every record
 * read before it.
 */
final class WarcRecords implements Items {

  private final ReadContext ctx;
  private final InputStream in;
  private WarcReader reader;
  private boolean done;

  WarcRecords(ReadContext ctx, InputStream in) {
    this.ctx = ctx;
    this.in = in;
  }

  @Override
  public Optional<Input> next() {
    if (done) {
      return Optional.empty();
    }
    try {
      if (reader == null) {
        reader = new WarcReader(in);
      }
      // Each pass consumes at least one record header from the stream, so the loop ends with it.
      while (true) {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          return finish(Optional.empty());
        }
        Optional<Input> item = WarcPayloads.item(ctx, record.get());
        if (item.isPresent()) {
          return item;
        }
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      return finish(Optional.of(ctx.reject(reason(e))));
    }
  }

  private String reason(Throwable e) {
    if (ctx.damaged()) {
      return ctx.explain(e);
    }
    String at = reader == null ? "" : " (record at byte " + reader.position() + ")";
    if (e instanceof EOFException) {
      return "truncated WARC file" + at;
    }
    if (e instanceof ParsingException p) {
      return "garbled WARC" + at + ": " + Failures.firstLine(new IOException(p.getBaseMessage()));
    }
    if (e instanceof NumberFormatException) {
      return "garbled WARC" + at + ": bad Content-Length";
    }
    return "unreadable WARC" + at + ": " + Failures.reason(e);
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
