package dev.readout.cli;

import static dev.readout.cli.IndexCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.cli.IndexCommandsTest.Run;
import dev.readout.json.ArticleJson;
import dev.readout.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page decoded with damage is kept, with one stderr line naming it and a warning on its record. */
class ExtractWarningsTest {

  @TempDir Path tmp;

  @Test
  void aStrayByteInUtf8IsOneWarningLineAndTheRecordSaysSo() throws IOException {
    // 120 well-formed curly quotes and one stray windows-1252 byte: over 99% of it is UTF-8.
    String para = "China\u2019s foreign minister said on Monday that the talks would resume next week in Geneva. ";
    byte[] good = ("<html><head><meta charset=\"utf-8\"><title>Talks</title></head><body><p>" + para.repeat(120) + "</p>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] page = Arrays.copyOf(good, good.length + 3);
    System.arraycopy(new byte[] {(byte) 0x92, 's', '.'}, 0, page, good.length, 3);
    Path in = Files.write(tmp.resolve("stray.html"), page);
    Path out = tmp.resolve("out.jsonl");

    Run r = run(new ExtractCommand(), in.toString(), "-o", out.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("readout: ")))
        .containsExactly("readout: warning: " + in + ": 1 byte not valid UTF-8, replaced with U+FFFD");
    Article a = ArticleJson.read(Files.readAllLines(out).get(0)).article();
    assertThat(a.body()).contains("China\u2019s").doesNotContain("\u00e2\u20ac");
    assertThat(a.warnings()).containsExactly("1 byte not valid UTF-8, replaced with U+FFFD");
  }
}
