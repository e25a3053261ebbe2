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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses between JSON Lines (one record per line, a bad line rejected alone) and a JSON document
 * (one object, an array of them, or several in a row), from the first non-blank lines: JSON Lines
 * when the first holds a whole object on its own (or the second opens one), a document otherwise
 * (pretty-printed JSON opens with a line like <code>{</code> and goes on with a member).
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
    List<LineInput.Line> seen = new ArrayList<>();
    while (consumed.size() <= ctx.limit()) {
      Optional<LineInput.Line> next = lines.next(ctx.limit());
      if (next.isEmpty()) {
        break;
      }
      LineInput.Line line = next.get();
      if (!line.fits()) {
        seen.add(line);
        return new JsonLines(ctx, lines, seen);
      }
      consumed.write(line.bytes());
      consumed.write('\n');
      if (line.blank()) {
        continue;
      }
      seen.add(line);
      // A whole object on the first line, or a broken first line followed by one that opens an
      // object, is JSON Lines; pretty-printed JSON continues with a member name instead.
      if (seen.size() == 1 && wholeObject(line.bytes()) || seen.size() == 2 && opensObject(line.bytes())) {
        return new JsonLines(ctx, lines, seen);
      }
      if (seen.size() == 2) {
        break;
      }
    }
    InputStream rest = new SequenceInputStream(new ByteArrayInputStream(consumed.toByteArray()), lines.rest());
    return new JsonDocument(ctx, rest);
  }

  private static boolean opensObject(byte[] line) {
    int first = 0;
    while (first < line.length && isSpace(line[first])) {
      first++;
    }
    return first < line.length && line[first] == '{';
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
