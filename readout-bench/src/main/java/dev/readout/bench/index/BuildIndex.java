package dev.readout.bench.index;

import dev.readout.dedup.Story;
import dev.readout.dedup.StoryAssignment;
import dev.readout.index.Grouper;
import dev.readout.index.IngestConfig;
import dev.readout.index.Ingester;
import dev.readout.meta.ContentId;
import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import dev.readout.model.Engagement;
import dev.readout.model.EngagementType;
import dev.readout.model.Party;
import dev.readout.model.PlaceSource;
import dev.readout.model.PloverType;
import dev.readout.model.Sector;
import dev.readout.model.Status;
import dev.readout.model.Mention;
import dev.readout.model.StatedTime;
import dev.readout.model.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic index of N annotated articles (two statements, one engagement, two actors
 * each, 200 speakers, 40 outlets, 30 topics, ten years of days) for search benchmarks, with text
 * from a {@link Vocabulary} ({@code zipf}, the default, or the worst-case {@code dense}). Usage:
 * {@code BuildIndex DATADIR [ARTICLES=1000000] [SEED=1] [VOCABULARY=zipf]}.
 */
public final class BuildIndex {

  private BuildIndex() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    SplittableRandom rnd = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 1);
    Vocabulary vocabulary = args.length > 3 ? Vocabulary.of(args[3]) : Vocabulary.ZIPF;
    long t0 = System.nanoTime();
    try (Ingester in = Ingester.open(data, new IngestConfig(20_000, 1), new OwnStory())) {
      List<AnnotatedArticle> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        batch.add(article(vocabulary, rnd, i));
        if (batch.size() == 20_000) {
          in.add(batch);
          batch.clear();
          System.out.printf(Locale.ROOT, "%d articles, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
        }
      }
      in.add(batch);
    }
    System.out.printf(Locale.ROOT, "built %d articles in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
  }

  static AnnotatedArticle article(Vocabulary v, SplittableRandom rnd, int i) {
    String title = String.format(Locale.ROOT, "%s %s %s report %d", v.word(rnd), v.word(rnd), v.word(rnd), i);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      paragraphs.add(v.paragraph(rnd, 50));
    }
    int a = rnd.nextInt(200);
    int b = (a + 1 + rnd.nextInt(199)) % 200;
    String sa = "Speaker " + a + " said " + v.paragraph(rnd, 18);
    String sb = "Speaker " + b + " said " + v.paragraph(rnd, 18);
    paragraphs.add(sa);
    paragraphs.add(sb);
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
    Article art = new Article(ContentId.of(title, paragraphs), "bench/" + i, Optional.empty(), Optional.of(title),
        Optional.of("Outlet " + rnd.nextInt(40)), Optional.empty(), Optional.of(StatedTime.ofDate(day)), Optional.empty(),
        Dateline.NONE, Optional.empty(), List.of(), Optional.of("en"), Optional.empty(), List.of(), paragraphs, List.of());
    String body = art.body();
    String topic = "topic-" + rnd.nextInt(30);
    Mention ma = span(body, sa);
    Mention mb = span(body, sb);
    return new AnnotatedArticle(art, Optional.empty(),
        List.of(actor(a), actor(b)),
        List.of(statement(a, sa, ma, topic, day), statement(b, sb, mb, topic, day)),
        List.of(new Engagement("e1", EngagementType.MEETING, "042", Optional.of(PloverType.CONSULT), Optional.empty(),
            List.of(party(a), party(b)), List.of(), Status.HAPPENED, Optional.of(DateSpan.day(day)), DateSource.STATED,
            Optional.empty(), PlaceSource.NONE, sa, ma, false)),
        List.of(),
        List.of(topic));
  }

  static Party party(int k) {
    return new Party("Speaker " + k, id(k), Optional.of(k % 2 == 0 ? "CN" : "RU"), Sector.GOVERNMENT);
  }

  static Actor actor(int k) {
    return new Actor(id(k), "Speaker " + k, Actor.Kind.PERSON, List.of("Minister"), Optional.of(k % 2 == 0 ? "CN" : "RU"), Optional.empty(), List.of());
  }

  static Statement statement(int k, String s, Mention m, String topic, LocalDate day) {
    return new Statement("Speaker " + k, id(k), m, "said", s, m, s, m, Statement.Mode.REPORTED, Optional.of(day.toString()), List.of(topic));
  }

  static String id(int k) {
    return "person:speaker-" + k;
  }

  static Mention span(String body, String s) {
    int at = body.indexOf(s);
    return new Mention(at, at + s.length(), s);
  }

  /** Every article its own story, without holding a million stories in memory. */
  static final class OwnStory implements Grouper {
    @Override
    public StoryAssignment add(Article article) {
      return new StoryAssignment(article.id(), "s" + article.id(), Set.of());
    }

    @Override
    public Optional<Story> story(String storyId) {
      return Optional.empty(); // no story documents: the benchmark measures search
    }

    @Override
    public Optional<String> storyOf(String articleId) {
      return Optional.empty();
    }
  }
}
