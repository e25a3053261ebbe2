package dev.readout.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash can leave, made by hand: an open WARC file with a torn record after the last recorded
 * page, and a state file whose last line is cut short.
 */
class RecoveryTest {

  @TempDir Path out;

  @Test
  void aTornOpenFileIsCutBackToItsLastRecordedPageAndTheRestIsFetchedAgain() throws Exception {
    VirtualClock clock = new VirtualClock();
    FetchConfig config = FetchConfig.defaults().withHostDelay(Duration.ZERO);
    try (FixtureSite site = FixtureSite.start(4, clock::now)) {
      try (Fetcher f = Fetcher.open(out, config, clock)) {
        assertThat(f.run(List.of(site.url("/feed.xml")), FetchListener.none()).fetched()).isEqualTo(4);
      }
      // Undo the close, cut the state in the middle of the last page's line (what follows it, the
      // feed's validators, was written later and so is gone too) and tear a record.
      Path closed = Warcs.closed(out).get(0);
      Path open = out.resolve("." + closed.getFileName() + ".open");
      Files.move(closed, open);
      Path state = out.resolve(Fetcher.STATE);
      List<String> lines = new ArrayList<>(Files.readAllLines(state, StandardCharsets.UTF_8));
      int lastPage = lines.size() - 1;
      while (!lines.get(lastPage).startsWith("page\t")) {
        lastPage--;
      }
      String last = lines.get(lastPage);
      lines = new ArrayList<>(lines.subList(0, lastPage));
      Files.writeString(state, String.join("\n", lines) + "\n" + last.substring(0, last.length() / 2), StandardCharsets.UTF_8);
      Files.write(open, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 2".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
      String lost = last.split("\t")[1];

      List<Path> reported = new ArrayList<>();
      FetchSummary again;
      try (Fetcher f = Fetcher.open(out, config, clock)) {
        assertThat(open).doesNotExist();
        assertThat(Warcs.responses(out)).hasSize(3).doesNotContain(lost);
        again = f.run(List.of(site.url("/feed.xml")), new FetchListener() {
          @Override
          public void onClosed(Path warc) {
            reported.add(warc);
          }
        });
      }
      assertThat(again.fetched()).isEqualTo(1);
      assertThat(again.seen()).isEqualTo(3);
      assertThat(Warcs.responses(out)).hasSize(4).doesNotHaveDuplicates().contains(lost);
      assertThat(reported).hasSize(2); // the recovered file, then the new one
      assertThat(Files.readString(state, StandardCharsets.UTF_8)).endsWith("\n").doesNotContain(last.substring(0, last.length() / 2) + "page");
    }
  }
}
