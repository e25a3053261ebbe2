package dev.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readout.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing a page holds ends a batch: over random and pathological HTML (deep nesting, unclosed
 * tags, huge attributes, deep or broken JSON-LD with long strings) the pipeline gives an article or
 * a one-line rejection naming the page, and never throws. Each case has its own seed, derived from
 * one printed base seed; replay a run with {@code -Dreadout.seed=<seed>}. The timeout only guards
 * against hangs.
 */
class HostilePagesTest {

  private static final Duration HANG_GUARD = Duration.ofMinutes(3);
  private static final int RANDOM_CASES = 300;
  private static final int DEEP_CASES = 12;
  private static final String[] TAGS = {
    "div", "p", "span", "a", "b", "i", "table", "tr", "td", "ul", "li", "article", "section", "font",
    "h1", "h2", "blockquote", "pre", "br", "form", "select", "option", "script", "style", "template",
    "svg", "math", "noscript", "iframe", "textarea", "title", "frameset", "object", "dl", "dd"
  };
  private static final String[] WORDS = {
    "Minister", "said", "the", "talks", "in", "Geneva", "ended", "on", "Tuesday,", "comment", "&amp;",
    "&#x1F600;", "&bogus;", "<!--", "-->", "]]>", "<![CDATA[", "\u0000", "\uFEFF", "新华社", "\"", "'", "<",
    ">", "=", "\\", "2020-06-07T23:30-04:00", "{", "}", "</", "<!DOCTYPE html>"
  };

  private static long base;
  private final Readout readout = new Readout();

  @BeforeAll
  static void seed() {
    base = Long.getLong("readout.seed", System.nanoTime());
    System.out.println("HostilePagesTest seed=" + base + " (replay: -Dreadout.seed=" + base + ")");
  }

  @Test
  void randomHtmlGivesAnArticleOrOneLineRejection() {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (int i = 0; i < RANDOM_CASES; i++) {
        long seed = base + i;
        check(seed, randomHtml(new SplittableRandom(seed)));
      }
    });
  }

  @Test
  void deepAndHugePagesGiveAnArticleOrOneLineRejection() {
    assertTimeoutPreemptively(HANG_GUARD, () -> {
      for (int i = 0; i < DEEP_CASES; i++) {
        long seed = base + RANDOM_CASES + i;
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Function<SplittableRandom, String> shape : SHAPES) {
          check(seed, shape.apply(rnd));
        }
      }
    });
  }

  @Test
  void a100000DivNestIsReadAsAnArticle() {
    String page = "<html><body>" + "<div>".repeat(100_000) + prose() + "</div>".repeat(100_000) + "</body></html>";
    Outcome o = readout.outcome(doc("nest.html", page));
    assertThat(o.article()).as("%s", o.rejection()).isPresent();
    assertThat(o.article().get().article().paragraphs()).isNotEmpty();
  }

  @Test
  void deepJsonLdWithLongStringsIsReadAsAnArticle() {
    String deep = "[".repeat(50_000) + "\"" + "x".repeat(2_000_000) + "\"" + "]".repeat(50_000);
    String broken = "{\"@type\":\"NewsArticle\",\"headline\":\"Talks end\",\"articleBody\":\"" + "a \\\" b ".repeat(200_000);
    String page = "<html><head><script type=\"application/ld+json\">" + deep + "</script>"
        + "<script type=\"application/ld+json\">" + broken + "</script></head><body><article>" + prose()
        + "</article></body></html>";
    Outcome o = readout.outcome(doc("ld.html", page));
    assertThat(o.article()).as("%s", o.rejection()).isPresent();
  }

  private static final java.util.List<Function<SplittableRandom, String>> SHAPES =
      java.util.List.of(
          HostilePagesTest::nested,
          HostilePagesTest::unclosed,
          HostilePagesTest::hugeAttributes,
          HostilePagesTest::hostileJsonLd);

  private void check(long seed, String html) {
    String source = "seed-" + seed + ".html";
    Outcome o;
    try {
      o = readout.outcome(doc(source, html));
    } catch (Throwable t) {
      throw new AssertionError("seed " + seed + " threw (replay: -Dreadout.seed=" + seed + ")", t);
    }
    assertThat(o.source()).as("seed %d", seed).isEqualTo(source);
    o.rejection().ifPresent(r -> {
      assertThat(r.source()).as("seed %d", seed).isEqualTo(source);
      assertThat(r.reason()).as("seed %d", seed).doesNotContain("\n", "\r");
    });
  }

  /** Tags, attributes, text and entities in random order, opened and closed at random. */
  private static String randomHtml(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(400);
    for (int k = 0; k < n; k++) {
      switch (rnd.nextInt(6)) {
        case 0, 1 -> b.append('<').append(tag(rnd)).append(attributes(rnd, 40)).append('>');
        case 2 -> b.append("</").append(tag(rnd)).append('>');
        case 3 -> b.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        case 4 -> b.append(prose());
        default -> b.append(rnd.nextBoolean() ? jsonLd(rnd) : (char) rnd.nextInt(0x3000));
      }
    }
    return b.toString();
  }

  /** One tag repeated tens of thousands of times, closed or not, with prose at the bottom. */
  private static String nested(SplittableRandom rnd) {
    String tag = tag(rnd);
    int depth = 10_000 + rnd.nextInt(100_000);
    String close = rnd.nextBoolean() ? "</" + tag + ">" : "";
    return "<" + tag + attributes(rnd, 10) + ">" + ("<" + tag + ">").repeat(depth) + prose() + close.repeat(depth);
  }

  /** Many different tags opened and never closed, text between them. */
  private static String unclosed(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder("<html><body>");
    for (int k = 0, n = 5_000 + rnd.nextInt(20_000); k < n; k++) {
      b.append('<').append(tag(rnd)).append('>');
      if (rnd.nextInt(10) == 0) {
        b.append(WORDS[rnd.nextInt(WORDS.length)]);
      }
    }
    return b.append(prose()).toString();
  }

  private static String hugeAttributes(SplittableRandom rnd) {
    String value = "x".repeat(500_000 + rnd.nextInt(1_000_000));
    return "<html><body><div class=\"" + value + "\" id=\"" + value + "\" style=\"display:" + value + "\">"
        + "<p data-x='" + value + "'>" + prose() + "</p></div><a href=\"" + value + "\">" + value + "</a>";
  }

  private static String hostileJsonLd(SplittableRandom rnd) {
    int depth = 1_000 + rnd.nextInt(100_000);
    String open = rnd.nextBoolean() ? "[" : "{\"@graph\":";
    String deep = open.repeat(depth) + "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + "y".repeat(rnd.nextInt(3_000_000)) + "\"}";
    String escapes = "{\"headline\":\"" + "\\u00e9\\\"\\\\".repeat(rnd.nextInt(500_000)) + (rnd.nextBoolean() ? "\"}" : "");
    return "<html><head><script type=\"application/ld+json\">" + deep + "</script><script type=\"application/ld+json\">"
        + escapes + "</script></head><body><p>" + prose() + "</p>";
  }

  private static String jsonLd(SplittableRandom rnd) {
    StringBuilder b = new StringBuilder("<script type=\"application/ld+json\">");
    for (int k = 0, n = rnd.nextInt(60); k < n; k++) {
      b.append(switch (rnd.nextInt(7)) {
        case 0 -> "{";
        case 1 -> "}";
        case 2 -> "[";
        case 3 -> "\"articleBody\":";
        case 4 -> "\"" + WORDS[rnd.nextInt(WORDS.length)] + "\"";
        case 5 -> ",";
        default -> "\"headline\":\"" + prose();
      });
    }
    return b.append("</script>").toString();
  }

  private static String tag(SplittableRandom rnd) {
    return TAGS[rnd.nextInt(TAGS.length)];
  }

  private static String attributes(SplittableRandom rnd, int maxLength) {
    StringBuilder b = new StringBuilder();
    for (int k = 0, n = rnd.nextInt(4); k < n; k++) {
      String name = new String[] {"class", "id", "itemprop", "style", "hidden", "role", "href", "x"}[rnd.nextInt(8)];
      b.append(' ').append(name).append("=\"");
      for (int c = 0, len = rnd.nextInt(maxLength); c < len; c++) {
        b.append(WORDS[rnd.nextInt(WORDS.length)].charAt(0));
      }
      b.append(rnd.nextBoolean() ? "\"" : "");
    }
    return b.toString();
  }

  private static String prose() {
    return "The foreign ministers of both countries met in Geneva on Tuesday to discuss trade, security and"
        + " the talks planned for next month, officials said after the meeting ended late in the evening. ";
  }

  private static RawDocument doc(String source, String html) {
    return RawDocument.of(source, html.getBytes(StandardCharsets.UTF_8), Optional.of("text/html"));
  }
}
