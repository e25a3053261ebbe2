package dev.readout.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random token soup made of time words, numbers and punctuation: {@link Dates} never throws, its
 * expressions lie inside the tokens without overlapping, and every resolved span ends on or after
 * its start. Replay a failure with {@code -Dreadout.seed=<seed>}.
 */
class DatesPropertyTest {

  private static final String[] WORDS = {
    "on", "in", "since", "last", "next", "this", "coming", "earlier", "later", "early", "late", "mid", "the",
    "weekend", "week", "weeks", "month", "year", "years", "day", "days", "ago", "a", "two", "yesterday", "today",
    "tonight", "tomorrow", "morning", "night", "Monday", "Friday", "Sunday", "and", "or", "to", "-", "–", ",", ".",
    "May", "March", "Sept", "Feb", "December", "0", "1", "4", "29", "30", "31", "32", "1987", "2000", "2099", "1970",
    "s", "4th", "of", "met", "said", "will", "x", "'s", "99999", "1st"
  };

  @Test
  void randomTokenSoupNeverThrowsAndSpansNeverRunBackwards() {
    long seed = Long.getLong("readout.seed", System.nanoTime());
    System.out.println("DatesPropertyTest seed " + seed + " (replay with -Dreadout.seed=" + seed + ")");
    SplittableRandom random = new SplittableRandom(seed);
    Dates dates = new Dates(Optional.of(LocalDate.parse("2020-02-29")));
    for (int round = 0; round < 2000; round++) {
      String text = soup(random);
      List<Token> t = Tokenizer.tokens(text, 0, text.length());
      Anchor anchor = anchor(random);
      boolean future = random.nextBoolean();
      int end = 0;
      for (TimeExpr e : dates.find(t)) {
        assertThat(e.from()).as("seed %d text %s", seed, text).isGreaterThanOrEqualTo(end);
        assertThat(e.to()).as("seed %d text %s", seed, text).isLessThanOrEqualTo(t.size());
        end = e.to();
        dates.resolve(e, anchor, future).date()
            .ifPresent(d -> assertThat(d.end()).as("seed %d text %s", seed, text).isAfterOrEqualTo(d.start()));
        dates.value(t, e);
      }
      if (!t.isEmpty()) {
        int trigger = random.nextInt(t.size());
        dates.forEvent(t, random.nextInt(trigger + 1), trigger + 1 + random.nextInt(t.size() - trigger), trigger, anchor, future);
      }
    }
  }

  private static String soup(SplittableRandom random) {
    int n = random.nextInt(12);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(random.nextInt(5) == 0 ? "" : " ", words);
  }

  private static Anchor anchor(SplittableRandom random) {
    Optional<LocalDate> a = random.nextBoolean() ? Optional.empty() : Optional.of(day(random));
    Optional<LocalDate> b = random.nextBoolean() ? Optional.empty() : Optional.of(day(random));
    return new Anchor(a, b);
  }

  private static LocalDate day(SplittableRandom random) {
    return LocalDate.of(1900 + random.nextInt(200), 1, 1).plusDays(random.nextInt(366));
  }
}
