package dev.readout.cli;

import dev.readout.index.IngestListener;
import dev.readout.model.Input;
import dev.readout.read.DocumentReader;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.Queue;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr when a person is watching it; nothing otherwise, so that CI logs and
 * pipes do not fill with frames.
 *
 * <p>Whether stderr is a terminal is what counts, and Java can only ask about stdout ({@code
 * System.console()} is null as soon as stdout is redirected, e.g. {@code extract … > out.jsonl}).
 * So {@code bin/readout} asks the shell ({@code [ -t 2 ]}) and passes the answer in the system
 * property {@value #SHOWN} ({@code true} or {@code false}) with the terminal's width in {@value
 * #COLUMNS}; without them the console decides.
 *
 * <p>When the number of inputs is known ahead (files and folders, no stdin), the bar counts them
 * against that total, with the pages so far beside it; otherwise it counts pages. Not thread-safe:
 * the run reads its inputs and reports pages on one thread.
 */
final class Progress implements IngestListener, AutoCloseable {

  /** System property: show the bar ({@code true}) or not ({@code false}); unset: if there is a console. */
  static final String SHOWN = "readout.progress";

  /** System property: the width of the terminal in columns (default 80). */
  static final String COLUMNS = "readout.columns";

  private final ProgressBar bar;
  private final PrintWriter err;
  private final boolean counted;
  /** Inputs the reader had reached when each page in flight was read, in input order. */
  private final Queue<Long> reached = new ArrayDeque<>();
  private long pages;

  private Progress(ProgressBar bar, PrintWriter err, boolean counted) {
    this.bar = bar;
    this.err = err;
    this.counted = counted;
  }

  /**
   * A bar for a run over {@code inputs} inputs (empty when not known ahead), drawn on {@code err},
   * or none when nobody watches.
   */
  static Progress start(String task, OptionalLong inputs, PrintWriter err) {
    if (!shown()) {
      return new Progress(null, err, false);
    }
    ProgressBarBuilder b =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(new DelegatingProgressBarConsumer(frame -> {
              err.print("\r" + frame);
              err.flush();
            }, columns()));
    if (inputs.isPresent()) {
      b.setInitialMax(inputs.getAsLong()).setUnit(" files", 1);
    } else {
      b.setInitialMax(-1).setUnit(" pages", 1);
    }
    return new Progress(b.build(), err, inputs.isPresent());
  }

  private static int columns() {
    int asked = Integer.getInteger(COLUMNS, 80);
    return asked < 20 ? 80 : asked; // some pseudo-terminals say 0
  }

  private static boolean shown() {
    String asked = System.getProperty(SHOWN);
    return asked == null ? System.console() != null : Boolean.parseBoolean(asked);
  }

  /**
   * The reader's items, noting how far through its inputs it was at each, so that the bar shows
   * the file of the page last handled, not of the page last read ahead. Pass what this returns to
   * the run, and call {@link #onPage()} once per item, in input order.
   */
  Iterable<Input> track(DocumentReader reader) {
    if (bar == null || !counted) {
      return reader;
    }
    return () -> {
      Iterator<Input> it = reader.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Input next() {
          Input in = it.next();
          reached.add(reader.inputsReached());
          return in;
        }
      };
    };
  }

  /** One more input handled. */
  @Override
  public void onPage() {
    if (bar == null) {
      return;
    }
    pages++;
    if (!counted) {
      bar.step();
      return;
    }
    Long at = reached.poll();
    if (at != null) {
      bar.stepTo(at);
    }
    bar.setExtraMessage(pages + (pages == 1 ? " page" : " pages"));
  }

  @Override
  public void onCommit(long articles) {
    if (bar != null) {
      bar.setExtraMessage(pages + " pages, " + articles + " indexed");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      err.println();
      err.flush();
    }
  }
}
