package dev.readout.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Optional;

/**
 * Chooses between JSON Lines (one record per line, a bad line rejected alone) and a JSON document
 * (one object, an array of them, or several in a row), from the first non-blank line: JSON Lines
 * when it holds a whole object on its own, a document otherwise (pretty-printed JSON opens with a
 * line like <code>{</code>).
 */
final class JsonRecords {

  /** Lenient where crawlers are sloppy: Python's json module writes NaN and Infinity. */
  static final ObjectMapper MAPPER =
      new ObjectMapper(JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());

  /** For one line: anything after the value is an error, not the next record. */
  static final ObjectReader LINE_READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonRecords() {}

  static Items open(ReadContext ctx, InputStream in, boolean array) throws IOException {
    if (array) {
      return new JsonDocument(ctx, in);
    }
    LineInput lines = new LineInput(in);
    ByteArrayOutputStream consumed = new ByteArrayOutputStream();
    while (true) {
      Optional<LineInput.Line> next = lines.next(ctx.limit());
      if (next.isEmpty()) {
        return new JsonDocument(ctx, new ByteArrayInputStream(consumed.toByteArray()));
      }
      LineInput.Line line = next.get();
      if (!line.fits() || wholeObject(line.bytes())) {
        return new JsonLines(ctx, lines, line);
      }
      consumed.write(line.bytes());
      consumed.write('\n');
      if (!line.blank() || consumed.size() > ctx.limit()) {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(consumed.toByteArray()), lines.rest());
        return new JsonDocument(ctx, rest);
      }
    }
  }

  private static boolean wholeObject(byte[] line) {
    int first = 0;
    int last = line.length - 1;
    while (first <= last && isSpace(line[first])) {
      first++;
    }
    while (last >= first && isSpace(line[last])) {
      last--;
    }
    if (first + 2 < line.length && line[first] == (byte) 0xEF && line[first + 1] == (byte) 0xBB) {
      first += 3; // UTF-8 byte-order mark
    }
    return first < last && line[first] == '{' && line[last] == '}';
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f';
  }
}
