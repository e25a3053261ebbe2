package dev.readout.fetch;

import java.nio.file.Path;
import java.util.List;

/** The fetch that {@link FetchKillAndResumeIT} kills: prints {@code page URL} for each page recorded. */
public final class FetchChild {

  private FetchChild() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    FetchConfig config = FetchKillAndResumeIT.config();
    try (Fetcher f = Fetcher.open(out, config, FetchClock.system())) {
      f.run(List.of(args[1]), new FetchListener() {
        @Override
        public void onPage(java.net.URI uri, long bytes) {
          synchronized (System.out) {
            System.out.println("page " + uri);
            System.out.flush();
          }
        }
      });
    }
    System.out.println("done");
  }

}
