package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.index.Fixtures;
import dev.readout.index.IngestConfig;
import dev.readout.index.Ingester;
import dev.readout.model.AnnotatedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout timeline} in-process over the index fixtures, with scheduled and proposed engagements. */
class TimelineCommandTest {

  @TempDir static Path tmp;
  static String data;

  @BeforeAll
  static void ingest() throws IOException {
    List<AnnotatedArticle> all = new ArrayList<>(Fixtures.corpus());
    all.addAll(Fixtures.notYet());
    try (Ingester in = Ingester.open(tmp.resolve("d"), new IngestConfig(10, 1), Fixtures.grouper())) {
      in.add(all);
    }
    data = tmp.resolve("d").toString();
  }

  static IndexCommandsTest.Run timeline(String... args) {
    List<String> all = new ArrayList<>(List.of("--data", data));
    all.addAll(List.of(args));
    return IndexCommandsTest.run(new TimelineCommand(), all.toArray(String[]::new));
  }

  @Test
  void tableShowsStatusAndWhoActedOnWhom() {
    IndexCommandsTest.Run r = timeline();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("6 engagements");
    assertThat(r.out().lines()).anySatisfy(l -> assertThat(l)
        .startsWith("2021-03-22/2021-03-23  scheduled  visit").contains("Sergei Lavrov \u2192 Wang Yi").endsWith("(1 report)"));
    assertThat(r.out().lines()).anySatisfy(l -> assertThat(l)
        .startsWith("2021-09-16             happened   meeting").contains("Wang Yi, Sergei Lavrov in Dushanbe"));
  }

  @Test
  void statusOptionTakesOneOrMoreStatuses() {
    IndexCommandsTest.Run planned = timeline("--status", "scheduled,PROPOSED");
    assertThat(planned.code()).as(planned.err()).isZero();
    assertThat(planned.out().lines()).first().isEqualTo("2 engagements");
    assertThat(planned.out().lines().skip(1)).extracting(l -> l.substring(23, 32).strip()).containsExactly("scheduled", "proposed");
    IndexCommandsTest.Run happened = timeline("--status", "happened", "--json");
    assertThat(happened.out()).contains("\"total\":4").contains("\"status\":\"happened\"").doesNotContain("\"scheduled\"");
  }

  @Test
  void aBadStatusIsAOneLineUsageError() {
    IndexCommandsTest.Run r = timeline("--status", "happend");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().startsWith("readout timeline: --status")
        .contains("happened, ongoing, scheduled, proposed").contains("happend").contains("--help");
    assertThat(r.out()).isEmpty();
  }
}
