package dev.readout.dedup;

import dev.readout.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Groups articles into stories as they arrive: exact copies by a hash of the normalised body,
 * near-duplicates by MinHash LSH candidates verified on containment and evidence (see the package
 * documentation). A component with corpus-wide state, not a stage: one instance per corpus.
 *
 * <p>The partition and the story ids do not depend on the order of {@link #add} calls: a story is
 * named after its smallest article id, and when an arrival changes that name the earlier members
 * are listed in {@link StoryAssignment#relabelled()}.
 *
 * <p>Memory: per article only a fingerprint of about 0.5 KB (sketches, hashes, ids; never the
 * body), plus the paragraph excerpts the {@link StoryConfig} asks for.
 *
 * <p>Not thread-safe: call {@code add} from one thread at a time. {@link #prepare} is the
 * exception: it fingerprints an article on any thread, so a driver can fingerprint pages on its
 * worker threads and keep only the cheap {@link #add(Prepared)} on the thread that groups.
 */
public final class StoryIndex implements Closeable {

  private static final String PREFIX = "s";

  private final StoryConfig config;
  private final Fingerprinter fingerprinter;
  private final Verifier verifier;
  private final List<Fingerprint> fingerprints = new ArrayList<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final BandTable bands = new BandTable(fingerprints::get);
  private final Groups groups = new Groups(fingerprints::get);
  private final Path dir; // null when in memory
  private int[] seen = new int[1024]; // per ordinal: last query that met it, + 1
  private boolean dirty;

  private StoryIndex(StoryConfig config, Path dir) {
    this.config = Objects.requireNonNull(config, "config");
    this.fingerprinter = new Fingerprinter(config.excerptChars());
    this.verifier = new Verifier(config.minContainment());
    this.dir = dir;
  }

  /** An index held in memory only, with {@link StoryConfig#DEFAULTS}. */
  public static StoryIndex inMemory() {
    return inMemory(StoryConfig.DEFAULTS);
  }

  /** An index held in memory only. */
  public static StoryIndex inMemory(StoryConfig config) {
    return new StoryIndex(config, null);
  }

  /**
   * Opens the index saved in {@code dir}, or a new empty one there (with {@link
   * StoryConfig#DEFAULTS}) when it holds none. {@link #commit()} and {@link #close()} save it.
   *
   * @throws IOException if the saved state cannot be read or is not a story index
   */
  public static StoryIndex open(Path dir) throws IOException {
    Optional<StoryConfig> saved = StateFile.config(dir);
    return open(dir, saved.orElse(StoryConfig.DEFAULTS));
  }

  /**
   * Opens the index saved in {@code dir} with {@code config}, or a new empty one there.
   *
   * @throws IllegalArgumentException if {@code dir} holds an index saved with other settings
   * @throws IOException if the saved state cannot be read
   */
  public static StoryIndex open(Path dir, StoryConfig config) throws IOException {
    StoryIndex index = new StoryIndex(config, Objects.requireNonNull(dir, "dir"));
    Optional<StoryConfig> saved = StateFile.config(dir);
    if (saved.isPresent() && !saved.get().equals(config)) {
      throw new IllegalArgumentException("dir " + dir + " holds an index with " + saved.get() + ", not " + config);
    }
    StateFile.load(dir, index::restore);
    return index;
  }

  /** Adds an article; adding an article id a second time changes nothing. */
  public StoryAssignment add(Article article) {
    Objects.requireNonNull(article, "article");
    Integer known = ordinals.get(article.id());
    if (known != null) {
      return new StoryAssignment(article.id(), groups.storyId(known), Set.of());
    }
    return add(fingerprinter.of(article));
  }

  /** An article fingerprinted for {@link #add(Prepared)}: what takes time in adding it. */
  public static final class Prepared {
    private final Fingerprint fingerprint;

    private Prepared(Fingerprint fingerprint) {
      this.fingerprint = fingerprint;
    }
  }

  /** Fingerprints an article for {@link #add(Prepared)}; thread-safe, unlike the rest of the index. */
  public Prepared prepare(Article article) {
    return new Prepared(fingerprinter.of(Objects.requireNonNull(article, "article")));
  }

  /**
   * Adds an article fingerprinted by {@link #prepare} of this index; the same as {@link
   * #add(Article)} on that article.
   */
  public StoryAssignment add(Prepared prepared) {
    Fingerprint f = Objects.requireNonNull(prepared, "prepared").fingerprint;
    Integer known = ordinals.get(f.id);
    return known == null ? add(f) : new StoryAssignment(f.id, groups.storyId(known), Set.of());
  }

  /**
   * Adds a batch, fingerprinting it on all cores first; the result is the same as adding the
   * articles one by one in this order.
   */
  public List<StoryAssignment> addAll(Collection<Article> articles) {
    List<Prepared> prints = articles.parallelStream().map(this::prepare).toList();
    List<StoryAssignment> out = new ArrayList<>(prints.size());
    for (Prepared p : prints) {
      out.add(add(p));
    }
    return out;
  }

  private StoryAssignment add(Fingerprint f) {
    int ord = append(f);
    Map<Integer, String> before = new HashMap<>();
    int query = ord + 1;
    bands.candidates(
        f,
        c -> {
          if (seen[c] == query) {
            return;
          }
          seen[c] = query;
          if (groups.root(c) == groups.root(ord)) {
            return;
          }
          if (verifier.similarity(f, fingerprints.get(c)) >= 0) {
            before.putIfAbsent(groups.root(c), groups.storyId(c));
            groups.union(ord, c);
          }
        });
    bands.add(ord, f);
    String storyId = groups.storyId(ord);
    Set<String> relabelled = new LinkedHashSet<>();
    before.forEach(
        (root, oldId) -> {
          if (!oldId.equals(storyId)) {
            groups.members(root, m -> relabelled.add(fingerprints.get(m).id));
          }
        });
    relabelled.remove(f.id);
    return new StoryAssignment(f.id, storyId, relabelled);
  }

  private int append(Fingerprint f) {
    int ord = fingerprints.size();
    fingerprints.add(f);
    ordinals.put(f.id, ord);
    groups.add(ord);
    if (ord >= seen.length) {
      seen = Arrays.copyOf(seen, seen.length * 2);
    }
    dirty = true;
    return ord;
  }

  // Called by StateFile for each saved article in the saved order, with the first article of its
  // story.
  private void restore(Fingerprint f, int anchor) {
    int ord = append(f);
    bands.add(ord, f);
    if (anchor != ord) {
      groups.union(anchor, ord);
    }
    dirty = false;
  }

  /** The story an article belongs to, if it was added. */
  public Optional<String> storyOf(String articleId) {
    Integer ord = ordinals.get(articleId);
    return ord == null ? Optional.empty() : Optional.of(groups.storyId(ord));
  }

  /** The story with this id, if there is one. */
  public Optional<Story> story(String storyId) {
    if (!storyId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Integer ord = ordinals.get(storyId.substring(PREFIX.length()));
    if (ord == null || groups.lowest(ord) != ord) {
      return Optional.empty();
    }
    return Optional.of(assemble(ord));
  }

  /** Every story, the largest first, then by id. Builds each on demand: costly on a big index. */
  public Collection<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (int ord = 0; ord < fingerprints.size(); ord++) {
      if (groups.lowest(ord) == ord) {
        out.add(assemble(ord));
      }
    }
    out.sort(
        Comparator.<Story>comparingInt(s -> -s.members().size()).thenComparing(Story::id));
    return out;
  }

  /** Number of articles added. */
  public int size() {
    return fingerprints.size();
  }

  /** The settings this index runs with. */
  public StoryConfig config() {
    return config;
  }

  private Story assemble(int ord) {
    List<Fingerprint> members = new ArrayList<>();
    groups.members(ord, m -> members.add(fingerprints.get(m)));
    return StoryAssembler.assemble(groups.storyId(ord), members);
  }

  // For each ordinal the first ordinal of its story, so that a reload can rebuild the stories
  // with unions that only ever point back to articles already restored.
  private int[] anchors() {
    int n = fingerprints.size();
    int[] firstOfRoot = new int[n];
    Arrays.fill(firstOfRoot, -1);
    int[] anchors = new int[n];
    for (int ord = 0; ord < n; ord++) {
      int r = groups.root(ord);
      if (firstOfRoot[r] < 0) {
        firstOfRoot[r] = ord;
      }
      anchors[ord] = firstOfRoot[r];
    }
    return anchors;
  }

  static String storyIdFor(String lowestArticleId) {
    return PREFIX + lowestArticleId;
  }

  /**
   * Saves the state to the index's folder atomically (a temporary file moved over the old one);
   * does nothing for an in-memory index or when nothing changed.
   *
   * @throws IOException if the state cannot be written; the previous state is then left intact
   */
  public void commit() throws IOException {
    if (dir == null || !dirty) {
      return;
    }
    StateFile.save(dir, config, fingerprints, anchors());
    dirty = false;
  }

  /** Commits, then releases the index. */
  @Override
  public void close() throws IOException {
    commit();
  }

}
