package dev.readout.dedup;

import dev.readout.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The pieces of {@link StoryIndex} for a driver that groups articles itself, e.g. across the
 * partitions of a cluster job: fingerprint each article where it is extracted, bring together
 * the articles that share an LSH band, verify those pairs with {@link #sameStory}, and take the
 * connected components of the verified pairs as the stories. Done that way the grouping is the
 * one a single {@link StoryIndex} makes of the same articles (see the package documentation).
 *
 * <p>To match a {@link StoryIndex} fed the same input exactly: keep the first article of each id;
 * within a band bucket order articles by arrival and pair each with at most {@link #MAX_BUCKET}
 * articles that arrived before it (the single index walks a bucket newest first and stops there).
 *
 * <p>Thread-safe and immutable.
 */
public final class Fingerprints {

  /** Band keys per article with words: {@link Print#bands()} has this length or is empty. */
  public static final int BANDS = Fingerprint.BANDS;

  /** How many earlier bucket members a single index compares an arriving article with. */
  public static final int MAX_BUCKET = BandTable.MAX_BUCKET;

  private final Fingerprinter fingerprinter;
  private final Verifier verifier;

  /** Fingerprints and verification with the settings of {@code config}. */
  public Fingerprints(StoryConfig config) {
    Objects.requireNonNull(config, "config");
    this.fingerprinter = new Fingerprinter(config.excerptChars());
    this.verifier = new Verifier(config.minContainment());
  }

  /** The fingerprint of an article. */
  public Print of(Article article) {
    return new Print(fingerprinter.of(Objects.requireNonNull(article, "article")));
  }

  /** Whether two articles are copies of one story; symmetric. */
  public boolean sameStory(Print a, Print b) {
    return verifier.similarity(a.print, b.print) >= 0;
  }

  /** The id of the story whose smallest member article id is {@code lowestArticleId}. */
  public static String storyId(String lowestArticleId) {
    return StoryIndex.storyIdFor(Objects.requireNonNull(lowestArticleId, "lowestArticleId"));
  }

  /**
   * The story made of these members, as {@link StoryIndex#story} gives it: named after the
   * smallest article id, canonical copy first.
   *
   * @throws IllegalArgumentException if {@code members} is empty
   */
  public static Story story(List<Print> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("members must not be empty");
    }
    List<Fingerprint> prints = new ArrayList<>(members.size());
    members.forEach(m -> prints.add(m.print));
    String lowest = prints.stream().map(f -> f.id).min(Comparator.naturalOrder()).orElseThrow();
    return StoryAssembler.assemble(storyId(lowest), prints);
  }

  /**
   * The fingerprint of one article: a few hundred bytes of hashes and sketches, never the body.
   * Immutable; serialisable (Java serialisation or {@link #toBytes}).
   */
  public static final class Print implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Fingerprint print;

    private Print(Fingerprint print) {
      this.print = print;
    }

    /** The article's id. */
    public String articleId() {
      return print.id;
    }

    /**
     * The LSH band hashes, {@link #BANDS} of them, or none when the body has no words. Articles
     * that share the hash of the same band index are candidate copies.
     */
    public int[] bands() {
      return print.bands.clone();
    }

    /** The compact binary form; {@link #fromBytes} reads it back. */
    public byte[] toBytes() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        StateFile.write(out, print);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array stream does not fail
      }
      return bytes.toByteArray();
    }

    /**
     * Reads a print written by {@link #toBytes}.
     *
     * @throws IllegalArgumentException if the bytes are not a print
     */
    public static Print fromBytes(byte[] bytes) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
        return new Print(StateFile.read(in));
      } catch (IOException e) {
        throw new IllegalArgumentException("not a fingerprint: " + e.getMessage(), e);
      }
    }

    /**
     * The article id of a print written by {@link #toBytes}, without reading the rest: for
     * sorting prints by article while they travel as bytes.
     *
     * @throws IllegalArgumentException if the bytes are not a print
     */
    public static String articleIdOf(byte[] bytes) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
        return StateFile.readId(in);
      } catch (IOException e) {
        throw new IllegalArgumentException("not a fingerprint: " + e.getMessage(), e);
      }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      StateFile.write(out, print);
    }

    private void readObject(ObjectInputStream in) throws IOException {
      print = StateFile.read(in);
    }

    @Override
    public String toString() {
      return "Print[" + print.id + "]";
    }
  }

}
