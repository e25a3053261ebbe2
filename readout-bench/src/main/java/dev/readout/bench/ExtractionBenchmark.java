package dev.readout.bench;

import dev.readout.model.Draft;
import dev.readout.html.HtmlArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: one pass over all AEB pages per operation, for jsoup parsing alone, Readout, Readability4J
 * and boilerpipe. Run with {@code java -cp <bench classpath> org.openjdk.jmh.Main ExtractionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractionBenchmark {

  @Param("/work/shared/corpus")
  public String corpus;

  private List<BodySet.Page> pages;

  @Setup
  public void load() throws IOException {
    pages = BodySet.aeb(Path.of(corpus)).pages;
  }

  @Benchmark
  public void jsoupParse(Blackhole bh) {
    for (BodySet.Page p : pages) {
      Document d = Jsoup.parse(p.html(), p.url().map(Object::toString).orElse(""));
      bh.consume(d);
    }
  }

  @Benchmark
  public void readout(Blackhole bh) {
    for (BodySet.Page p : pages) {
      Draft d = HtmlArticles.extract(p.html(), p.url());
      bh.consume(d);
    }
  }

  @Benchmark
  public void readability4j(Blackhole bh) {
    for (BodySet.Page p : pages) {
      bh.consume(AebEval.readability(p));
    }
  }

  @Benchmark
  public void boilerpipe(Blackhole bh) {
    for (BodySet.Page p : pages) {
      bh.consume(AebEval.boilerpipe(p));
    }
  }
}
