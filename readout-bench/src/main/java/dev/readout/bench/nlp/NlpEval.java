package dev.readout.bench.nlp;

import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.nlp.Annotator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the annotator over development sets and writes JSON Lines for the reference scorers, or
 * measures throughput.
 *
 * <pre>
 * NlpEval json DIR OUT.jsonl     every DIR/**&#47;input.json (one article record each)
 * NlpEval text DIR OUT.jsonl     every DIR/*.txt as a plain article (paragraphs at blank lines)
 * NlpEval bench DIR SECONDS [PREFIX]  articles per second on one thread over DIR/PREFIX*&#47;input.json
 * </pre>
 */
public final class NlpEval {

  private NlpEval() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    if (args.length < 3) {
      out.println("usage: NlpEval json|text|bench DIR OUT|SECONDS [PREFIX]");
      return;
    }
    Annotator annotator = new Annotator();
    String prefix = args.length > 3 ? args[3] : "";
    List<Article> articles = args[0].equals("text") ? texts(Path.of(args[1])) : records(Path.of(args[1]), prefix);
    if (args[0].equals("bench")) {
      bench(annotator, articles, Double.parseDouble(args[2]), out);
      return;
    }
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        w.write(ArticleJson.write(annotator.annotate(a)));
        w.write('\n');
      }
    }
    out.println("wrote " + articles.size() + " records to " + args[2]);
  }

  private static void bench(Annotator annotator, List<Article> articles, double seconds, PrintStream out) {
    long chars = articles.stream().mapToLong(a -> a.body().length()).sum() / Math.max(1, articles.size());
    for (int i = 0; i < 200; i++) {
      annotator.annotate(articles.get(i % articles.size()));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = mx.getCurrentThreadCpuTime();
    long end = start + (long) (seconds * 1e9);
    long n = 0;
    int found = 0;
    while (System.nanoTime() < end) {
      AnnotatedArticle a = annotator.annotate(articles.get((int) (n % articles.size())));
      found += a.statements().size();
      n++;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    out.printf("%d articles (mean %d chars) in %.1f s wall, %.1f s CPU: %.0f articles/s wall, %.0f per CPU second"
        + " on one thread (%d statements)%n", n, chars, secs, cpu, n / secs, n / cpu, found);
  }

  private static List<Article> records(Path dir, String prefix) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().equals("input.json"))
          .filter(p -> p.getParent().getFileName().toString().startsWith(prefix)).sorted().toList()) {
        out.add(ArticleJson.read(Files.readString(p, StandardCharsets.UTF_8)).article());
      }
    }
    return out;
  }

  private static List<Article> texts(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> paras = new ArrayList<>();
        for (String para : text.split("\n\\s*\n")) {
          String clean = para.strip().replaceAll("\\s*\n\\s*", " ");
          if (!clean.isEmpty()) {
            paras.add(clean);
          }
        }
        out.add(new Article(p.getFileName().toString(), p.toString(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Dateline.NONE,
            Optional.empty(), List.of(), Optional.of("en"), Optional.empty(), List.of(), paras, List.of()));
      }
    }
    return out;
  }
}
