package dev.readout.read;

import static dev.readout.read.Reading.documents;
import static dev.readout.read.Reading.read;
import static dev.readout.read.Reading.rejections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readout.model.Input;
import dev.readout.model.Page;
import dev.readout.model.RawDocument;
import dev.readout.model.Rejected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Properties of every reader over generated inputs. The seed is printed; replay a failure with
 * {@code -Dreadout.seed=<seed>}. The timeouts only guard against hangs, they do not measure speed.
 */
class ReaderPropertiesTest {

  private static final Duration HANG_GUARD = Duration.ofMinutes(2);
  private static final int CASES = 150;
  private static long seed;

  private static final String[] FORMATS = {"text", "html", "jsonl", "json", "warc", "warc.gz", "text.gz", "jsonl.gz"};
  private static final String[] PREFIXES = {"", "WARC/1.1\r\n", "\u001f\u008b\u0008\u0000", "{\"", "[{", "<html>", "\uFEFF"};
  private static final String[] LABELS = {
    null, "text/html", "text/plain", "text/html; charset=gbk", "text/html; charset=utf-16",
    "text/html; charset=x-bogus", "text/plain; charset=ISO-8859-2", "text/html; charset=\"big5\"", ";;charset="
  };

  @BeforeAll
  static void seed() {
    seed = Long.getLong("readout.seed", System.nanoTime());
    System.out.println("ReaderPropertiesTest seed=" + seed + " (replay: -Dreadout.seed=" + seed + ")");
  }

  @Test
  void randomBytesNeverThrowAndNameTheirSource() {
    SplittableRandom rnd = new SplittableRandom(seed);
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (int i = 0; i < CASES * 2; i++) {
        byte[] bytes = withPrefix(PREFIXES[rnd.nextInt(PREFIXES.length)], randomBytes(rnd, rnd.nextInt(4000)));
        String name = "r" + i;
        List<Input> items = read(name, bytes);
        assertThat(items).as("case %d", i).isNotEmpty().allSatisfy(item -> assertThat(item.source()).startsWith(name));
      }
    });
  }

  @Test
  void truncatedInputsKeepWhatCameBeforeTheCut() {
    assertTimeoutPreemptively(HANG_GUARD, () -> truncationKeepsThePrefix(new SplittableRandom(seed + 1)));
  }

  /**
   * A WARC.gz is one gzip member a record: a cut on a member boundary leaves a shorter, valid
   * file, not a truncated one. Seed 5245381421069 + 1 cuts there in case 98.
   */
  @Test
  void aCutOnAGzipMemberBoundaryIsAShorterValidFile() {
    assertTimeoutPreemptively(HANG_GUARD, () -> truncationKeepsThePrefix(new SplittableRandom(5245381421069L + 1)));
  }

  private static void truncationKeepsThePrefix(SplittableRandom rnd) {
    for (int i = 0; i < CASES; i++) {
      String format = FORMATS[rnd.nextInt(FORMATS.length)];
      byte[] whole = valid(rnd, format);
      byte[] cut = Arrays.copyOf(whole, rnd.nextInt(whole.length));
      List<RawDocument> full = documents(read(format, whole));
      List<Input> items = read(format, cut);
      List<RawDocument> kept = documents(items);
      assertThat(kept.size()).as("case %d (%s)", i, format).isLessThanOrEqualTo(full.size() + 1);
      // Every document but the last is exactly one of the full read's, in the same place.
      for (int k = 0; k + 1 < kept.size(); k++) {
        assertThat(kept.get(k)).as("case %d (%s) doc %d", i, format, k).isEqualTo(full.get(k));
      }
      if (format.endsWith(".gz") && cut.length > 10) {
        Input last = items.get(items.size() - 1);
        if (cutBetweenMembers(whole, cut.length)) {
          assertThat(rejections(items)).as("case %d (%s) cut between members", i, format).isEmpty();
          assertThat(kept).as("case %d (%s) cut between members", i, format).isEqualTo(full.subList(0, kept.size()));
        } else {
          assertThat(last).as("case %d (%s)", i, format).isEqualTo(new Rejected(format, "read", "truncated gzip stream"));
        }
      }
    }
  }

  /**
   * Whether the first {@code n} bytes are whole gzip members: the JDK reads them to the end, and
   * the next member's magic starts right at the cut. (The JDK alone is not enough: it takes a
   * partial header after a member for the end of the stream.)
   */
  private static boolean cutBetweenMembers(byte[] whole, int n) {
    boolean nextMember = n + 1 < whole.length && whole[n] == (byte) 0x1f && whole[n + 1] == (byte) 0x8b;
    if (!nextMember) {
      return false;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(whole, 0, n))) {
      in.transferTo(OutputStream.nullOutputStream());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void oneByteAtATimeGivesTheSameItems() {
    SplittableRandom rnd = new SplittableRandom(seed + 2);
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (int i = 0; i < CASES; i++) {
        String format = FORMATS[rnd.nextInt(FORMATS.length)];
        byte[] bytes = rnd.nextInt(4) == 0 ? Arrays.copyOf(valid(rnd, format), rnd.nextInt(3000) + 1) : valid(rnd, format);
        List<Input> fast = read(format, bytes);
        List<Input> slow = read(format, new Reading.OneByteAtATime(bytes), ReadOptions.DEFAULTS);
        assertThat(slow).as("case %d (%s)", i, format).isEqualTo(fast);
      }
    });
  }

  @Test
  void validInputsReadWithoutRejections() {
    SplittableRandom rnd = new SplittableRandom(seed + 3);
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (int i = 0; i < CASES; i++) {
        String format = FORMATS[rnd.nextInt(FORMATS.length)];
        List<Input> items = read(format, valid(rnd, format));
        assertThat(rejections(items)).as("case %d (%s)", i, format).isEmpty();
        assertThat(documents(items)).as("case %d (%s)", i, format).isNotEmpty();
      }
    });
  }

  @Test
  void decoderNeverThrowsOnHostileBytes() {
    SplittableRandom rnd = new SplittableRandom(seed + 4);
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (int i = 0; i < CASES * 2; i++) {
        byte[] bytes = withPrefix(PREFIXES[rnd.nextInt(PREFIXES.length)], randomBytes(rnd, rnd.nextInt(3000)));
        String label = LABELS[rnd.nextInt(LABELS.length)];
        RawDocument d = new RawDocument("d", Optional.empty(), Optional.ofNullable(label), Optional.empty(), ByteBuffer.wrap(bytes), Map.of());
        Page p = Decoder.decode(d);
        assertThat(p.text()).as("case %d", i).isNotNull();
        assertThat(Decoder.decode(d)).as("case %d is deterministic", i).isEqualTo(p);
      }
    });
  }

  @Test
  void decodingGeneratedTextRoundTrips() {
    SplittableRandom rnd = new SplittableRandom(seed + 5);
    for (int i = 0; i < CASES; i++) {
      String text = randomText(rnd, 20 + rnd.nextInt(400));
      RawDocument d = RawDocument.of("t", text.getBytes(StandardCharsets.UTF_8), Optional.empty());
      assertThat(Decoder.decode(d).text()).as("case %d", i).isEqualTo(text);
    }
  }

  // ---- generators ----

  private static byte[] randomBytes(SplittableRandom rnd, int n) {
    byte[] b = new byte[n];
    int mode = rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      // Mostly printable, or high bytes, or anything: all three reach different code paths.
      b[i] = (byte) (mode == 0 ? 0x20 + rnd.nextInt(0x5F) : mode == 1 ? 0x80 + rnd.nextInt(0x80) : rnd.nextInt(256));
    }
    return b;
  }

  private static byte[] withPrefix(String prefix, byte[] rest) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(p, p.length + rest.length);
    System.arraycopy(rest, 0, out, p.length, rest.length);
    return out;
  }

  private static final String[] WORDS = {
    "talks", "minister", "Geneva", "déclaré", "négociations", "Węgier", "środę", "会谈", "外交部", "關係", "\"quoted\"", "back\\slash", "tab\there"
  };

  static String randomText(SplittableRandom rnd, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(12) == 0 ? ".\n" : " ");
    }
    return b.toString().strip();
  }

  private static byte[] valid(SplittableRandom rnd, String format) {
    switch (format) {
      case "text":
        return randomText(rnd, 5 + rnd.nextInt(300)).getBytes(StandardCharsets.UTF_8);
      case "html":
        return WarcSamples.html(randomText(rnd, 5 + rnd.nextInt(300))).getBytes(StandardCharsets.UTF_8);
      case "jsonl":
        return jsonLines(rnd);
      case "json":
        return jsonArray(rnd);
      case "warc":
        return warc(rnd, WarcCompression.NONE);
      case "warc.gz":
        return warc(rnd, WarcCompression.GZIP);
      case "text.gz":
        return Reading.gzip(randomText(rnd, 50 + rnd.nextInt(300)).getBytes(StandardCharsets.UTF_8));
      case "jsonl.gz":
        return Reading.gzip(jsonLines(rnd));
      default:
        throw new IllegalArgumentException(format);
    }
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }

  private static String record(SplittableRandom rnd, int n) {
    return "{\"url\": \"https://example.org/" + n + "\", \"title\": " + jsonString(randomText(rnd, 3))
        + ", \"authors\": [\"A\", \"B\"], \"text\": " + jsonString(randomText(rnd, 5 + rnd.nextInt(60))) + "}";
  }

  private static byte[] jsonLines(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder();
    int n = 2 + rnd.nextInt(20);
    for (int i = 0; i < n; i++) {
      b.append(record(rnd, i)).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] jsonArray(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder("[\n");
    int n = 1 + rnd.nextInt(20);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "  " : ",\n  ").append(record(rnd, i));
    }
    return b.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] warc(SplittableRandom rnd, WarcCompression compression) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
          byte[] body = WarcSamples.html(randomText(rnd, 5 + rnd.nextInt(200))).getBytes(StandardCharsets.UTF_8);
          if (rnd.nextBoolean()) {
            w.write(WarcSamples.response(new UUID(0, i + 1), URI.create("https://example.org/" + i), 200, "text/html; charset=utf-8", body));
          } else {
            w.write(new WarcResource.Builder(URI.create("https://example.org/r" + i)).recordId(new UUID(0, i + 1))
                .date(Instant.EPOCH).body(MediaType.parse("text/html"), body).build());
          }
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
