package dev.readout.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.model.Input;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A JSON document read as a stream of records: a lone object is named {@code path}, the items of a
 * top-level array {@code path[i]} (from 0), several objects in a row {@code path:LINE}. Only one
 * record is in memory at a time. A syntax error ends the document (a parser cannot find its way
 * back in), with one rejection after the records before it.
 */
final class JsonDocument implements Items {

  /** Jackson reads ahead in blocks; this much beyond the limit is its buffer, not the record. */
  private static final long READ_AHEAD = 64 * 1024;

  private final ReadContext ctx;
  private final Budget budget;
  private JsonParser parser;
  private boolean inArray;
  private int index;
  private int roots;
  private JsonToken peeked;
  private IOException failure;
  private String current;
  private boolean done;

  JsonDocument(ReadContext ctx, InputStream in) {
    this.ctx = ctx;
    this.budget = new Budget(in, ctx.limit() + READ_AHEAD);
    this.current = ctx.source();
  }

  @Override
  public Optional<Input> next() {
    if (done) {
      return Optional.empty();
    }
    try {
      if (parser == null) {
        parser = JsonRecords.MAPPER.getFactory().createParser(budget);
      }
      return step();
    } catch (Budget.Exceeded e) {
      return finish(ctx.reject(current, "record is over the " + BoundedBytes.describe(ctx.limit()) + " limit"));
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      String reason = ctx.damaged() ? ctx.explain(e) : "not valid JSON" + where + ": " + Failures.firstLine(new IOException(e.getOriginalMessage()));
      return finish(ctx.reject(reason));
    } catch (IOException | RuntimeException e) {
      return finish(ctx.reject(ctx.explain(e)));
    }
  }

  private Optional<Input> step() throws IOException {
    // Every pass consumes at least one token, so the loop ends with the input.
    while (true) {
      JsonToken t = token();
      if (t == null) {
        return finish(null);
      }
      if (inArray) {
        if (t == JsonToken.END_ARRAY) {
          inArray = false;
          continue;
        }
        current = ctx.source() + "[" + index++ + "]";
        budget.startAt(parser.currentTokenLocation().getByteOffset());
        if (t == JsonToken.START_OBJECT) {
          return Optional.of(record(current));
        }
        parser.skipChildren();
        return Optional.of(ctx.reject(current, "array item is not a JSON object"));
      }
      roots++;
      if (t == JsonToken.START_ARRAY) {
        inArray = true;
        continue;
      }
      if (t != JsonToken.START_OBJECT) {
        return finish(ctx.reject("JSON document holds a " + t.asString() + " value, not an object"));
      }
      JsonLocation at = parser.currentTokenLocation();
      current = ctx.source() + ":" + at.getLineNr();
      JsonNode node = read(at);
      if (roots == 1 && atEnd()) {
        current = ctx.source();
        return Optional.of(JsonFields.toWholeFileInput(ctx, node));
      }
      return Optional.of(JsonFields.toInput(ctx, node, current));
    }
  }

  private Input record(String source) throws IOException {
    return JsonFields.toInput(ctx, read(parser.currentTokenLocation()), source);
  }

  private JsonNode read(JsonLocation at) throws IOException {
    budget.startAt(at.getByteOffset());
    return JsonRecords.MAPPER.readTree(parser);
  }

  private JsonToken token() throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (peeked != null) {
      JsonToken t = peeked;
      peeked = null;
      return t;
    }
    return parser.nextToken();
  }

  /** Whether nothing follows; a failure to look counts as "something follows" and is kept. */
  private boolean atEnd() {
    try {
      peeked = parser.nextToken();
      return peeked == null;
    } catch (IOException e) {
      failure = e;
      return false;
    }
  }

  private Optional<Input> finish(Input last) {
    done = true;
    close();
    return Optional.ofNullable(last);
  }

  @Override
  public void close() {
    ctx.close();
  }

  /** Counts bytes from the start of the current record and stops a record over the limit. */
  private static final class Budget extends FilterInputStream {
    static final class Exceeded extends IOException {
      private static final long serialVersionUID = 1L;
    }

    private final long max;
    private long count;
    private long start;

    Budget(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    void startAt(long byteOffset) {
      start = byteOffset >= 0 ? byteOffset : count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) throws Exceeded {
      count += n;
      if (count - start > max) {
        throw new Exceeded();
      }
    }
  }
}
