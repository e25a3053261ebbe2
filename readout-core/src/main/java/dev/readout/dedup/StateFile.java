package dev.readout.dedup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The saved state of a {@link StoryIndex}: one binary file, {@value #NAME}, holding the settings,
 * every fingerprint in arrival order and the first article of each one's story. The LSH buckets
 * and the union-find are derived from these and rebuilt on load (linear time), so the file has
 * nothing that could disagree with them. Saved by writing a temporary file in the same folder and
 * moving it over the old one atomically: a crash leaves the previous state intact.
 */
final class StateFile {

  static final String NAME = "stories.bin";
  private static final long MAGIC = 0x52444f5554535431L; // "RDOUTST1"

  /** Receives restored articles in order. */
  interface Restorer {
    void restore(Fingerprint f, int anchor);
  }

  private StateFile() {}

  static Optional<StoryConfig> config(Path dir) throws IOException {
    Path file = dir.resolve(NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = input(file)) {
      return Optional.of(header(in, file));
    }
  }

  static void load(Path dir, Restorer restorer) throws IOException {
    Path file = dir.resolve(NAME);
    if (!Files.exists(file)) {
      return;
    }
    try (DataInputStream in = input(file)) {
      header(in, file);
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        restorer.restore(read(in), in.readInt());
      }
    } catch (EOFException e) {
      throw new IOException("truncated story index " + file, e);
    }
  }

  static void save(Path dir, StoryConfig config, List<Fingerprint> prints, int[] anchors)
      throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, NAME, ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeLong(MAGIC);
      out.writeDouble(config.minContainment());
      out.writeInt(config.excerptChars());
      out.writeInt(prints.size());
      for (int i = 0; i < prints.size(); i++) {
        write(out, prints.get(i));
        out.writeInt(anchors[i]);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static DataInputStream input(Path file) throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
  }

  private static StoryConfig header(DataInputStream in, Path file) throws IOException {
    if (in.readLong() != MAGIC) {
      throw new IOException("not a story index: " + file);
    }
    try {
      return new StoryConfig(in.readDouble(), in.readInt());
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt story index settings in " + file, e);
    }
  }

  /** Writes one fingerprint; {@link Fingerprints.Print} uses the same form. */
  static void write(DataOutput out, Fingerprint f) throws IOException {
    out.writeUTF(f.id);
    out.writeUTF(f.source);
    writeOptional(out, f.outlet);
    writeOptional(out, f.agency);
    out.writeInt(f.published);
    out.writeInt(f.place);
    out.writeInt(f.size);
    out.writeLong(f.body);
    writeInts(out, f.bands);
    writeInts(out, f.sample);
    writeInts(out, f.lead);
    writeInts(out, f.numbers);
    writeInts(out, f.names);
    out.writeInt(f.paragraphs.length);
    for (long p : f.paragraphs) {
      out.writeLong(p);
    }
    out.writeInt(f.excerpts.length);
    for (String e : f.excerpts) {
      out.writeUTF(e);
    }
  }

  /** Reads only the article id of what {@link #write} wrote: the id comes first. */
  static String readId(DataInput in) throws IOException {
    return in.readUTF();
  }

  /** Reads what {@link #write} wrote. */
  static Fingerprint read(DataInput in) throws IOException {
    String id = in.readUTF();
    String source = in.readUTF();
    String outlet = readOptional(in);
    String agency = readOptional(in);
    int published = in.readInt();
    int place = in.readInt();
    int size = in.readInt();
    long body = in.readLong();
    int[] bands = readInts(in);
    int[] sample = readInts(in);
    int[] lead = readInts(in);
    int[] numbers = readInts(in);
    int[] names = readInts(in);
    long[] paragraphs = new long[length(in)];
    for (int i = 0; i < paragraphs.length; i++) {
      paragraphs[i] = in.readLong();
    }
    String[] excerpts = new String[length(in)];
    for (int i = 0; i < excerpts.length; i++) {
      excerpts[i] = in.readUTF();
    }
    return new Fingerprint(
        id, source, outlet, agency, published, place, size, body, bands, sample, lead, numbers, names,
        paragraphs, excerpts);
  }

  private static void writeOptional(DataOutput out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String readOptional(DataInput in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void writeInts(DataOutput out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static int[] readInts(DataInput in) throws IOException {
    int[] values = new int[length(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  private static int length(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 20) {
      throw new IOException("corrupt story index: length " + n);
    }
    return n;
  }
}
