package dev.readout.spark;

import dev.readout.model.Input;
import dev.readout.model.Rejected;
import dev.readout.read.DocumentReader;
import dev.readout.read.ReadOptions;
import dev.readout.read.Sources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The extracted items of one partition: its splits in turn, each file streamed through the Hadoop file system
 * into the core readers (never read whole into memory), only the split's share of the records
 * extracted. Opens a file when iteration reaches it and closes it when its last record is read.
 * Not thread-safe.
 */
final class SplitReader implements Iterator<Extracted> {

  private final Iterator<Split> splits;
  private final Configuration conf;
  private final ReadOptions options;
  private final Extraction extraction;
  private Split split;
  private DocumentReader reader;
  private Iterator<Input> inputs;
  private long position;
  private Extracted next;

  SplitReader(Iterator<Split> splits, Configuration conf, JobConfig config) {
    this.splits = splits;
    this.conf = conf;
    this.options = config.readOptions();
    this.extraction = new Extraction(config);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Extracted next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Extracted r = next;
    next = null;
    return r;
  }

  private Extracted advance() {
    while (true) {
      if (inputs != null && inputs.hasNext()) {
        Input in = inputs.next();
        long at = position++;
        if (split.owns(at)) {
          return extraction.apply(Split.ordinal(split.file().index(), at), in);
        }
        continue;
      }
      close();
      if (!splits.hasNext()) {
        return null;
      }
      split = splits.next();
      position = 0;
      Extracted failed = open(split);
      if (failed != null) {
        return failed;
      }
    }
  }

  /** Opens a split's file; a file that cannot be opened is one rejection (of the first split). */
  private Extracted open(Split s) {
    InputFile f = s.file();
    InputStream in;
    try {
      Path path = new Path(f.path());
      in = path.getFileSystem(conf).open(path);
    } catch (IOException e) {
      return s.stripe() != 0 ? null
          : extraction.apply(Split.ordinal(f.index(), 0), new Rejected(f.source(), "read", String.valueOf(e.getMessage())));
    }
    reader = Sources.open(f.source(), in, options, f.inFolder());
    inputs = reader.iterator();
    return null;
  }

  private void close() {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + split.file().source(), e);
    } finally {
      reader = null;
      inputs = null;
    }
  }
}
