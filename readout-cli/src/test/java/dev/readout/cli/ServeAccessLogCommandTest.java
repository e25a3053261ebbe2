package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readout serve --access-log FILE} opens the log when the server starts (issue 18, item 9). */
class ServeAccessLogCommandTest {

  @TempDir Path tmp;

  @Test
  void theAccessLogIsOpenedWithTheServer() {
    String data = tmp.resolve("d").toString();
    IndexCommandsTest.Run ingest = IndexCommandsTest.run(new IngestCommand(), IndexCommandsTest.SAMPLES + "/000_038bbfdc46c4fe31.txt", "--data", data);
    assertThat(ingest.code()).as(ingest.err()).isZero();
    Path log = tmp.resolve("access.log");
    IndexCommandsTest.Run serve = IndexCommandsTest.run(new ServeCommand(), "--data", data, "--port", "0", "--access-log", log.toString(), "--check");
    assertThat(serve.code()).as(serve.err()).isZero();
    assertThat(serve.out()).contains("Readout is serving");
    assertThat(log).exists();
    assertThat(Files.isRegularFile(log)).isTrue();
  }
}
