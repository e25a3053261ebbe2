package dev.readout.cli;

import dev.readout.index.IngestListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr when a person is watching a terminal; nothing otherwise, so that CI
 * logs and pipes do not fill with frames.
 */
final class Progress implements IngestListener, AutoCloseable {

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress start(String task) {
    if (System.console() == null) {
      return new Progress(null);
    }
    return new Progress(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" pages", 1)
            .setUpdateIntervalMillis(250)
            .build());
  }

  /** One more page done. */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void onPage() {
    step();
  }

  @Override
  public void onCommit(long articles) {
    if (bar != null) {
      bar.setExtraMessage(articles + " indexed");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
