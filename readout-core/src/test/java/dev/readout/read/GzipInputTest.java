package dev.readout.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GzipInputTest {

  private static final byte[] ONE = Reading.gzip("first member ".getBytes(StandardCharsets.UTF_8));
  private static final byte[] TWO = Reading.gzip("second member".getBytes(StandardCharsets.UTF_8));

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String gunzip(InputStream compressed) throws IOException {
    try (GzipInput in = GzipInput.open(compressed)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsEveryMemberEvenOneByteAtATime() throws IOException {
    byte[] both = concat(ONE, TWO);
    assertThat(gunzip(new ByteArrayInputStream(both))).isEqualTo("first member second member");
    assertThat(gunzip(new Reading.OneByteAtATime(both))).isEqualTo("first member second member");
  }

  @Test
  void cutInsideTheNextMemberHeaderIsTruncation() {
    byte[] cut = Arrays.copyOf(concat(ONE, TWO), ONE.length + 4);
    GzipInput in = GzipInput.open(new ByteArrayInputStream(cut));
    assertThatThrownBy(in::readAllBytes).isInstanceOf(GzipInput.Damage.class).hasMessage("truncated gzip stream");
    assertThat(in.damage()).contains("truncated gzip stream");
  }

  @Test
  void garbageAfterTheLastMemberIsCorruption() {
    byte[] tail = concat(ONE, "junk".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> gunzip(new ByteArrayInputStream(tail))).hasMessageStartingWith("corrupt gzip stream");
  }

  @Test
  void checksumMismatchIsCorruption() {
    byte[] bad = ONE.clone();
    bad[bad.length - 8] ^= 0x55;
    assertThatThrownBy(() -> gunzip(new ByteArrayInputStream(bad))).hasMessage("corrupt gzip stream (checksum mismatch)");
  }

  @Test
  void headerWithFileNameAndCommentIsSkipped() throws IOException {
    byte[] plain = ONE.clone();
    byte[] header = Arrays.copyOf(plain, 10);
    header[3] = 8 | 16; // FNAME | FCOMMENT
    byte[] named = concat(concat(header, "a.txt\0note\0".getBytes(StandardCharsets.US_ASCII)), Arrays.copyOfRange(plain, 10, plain.length));
    assertThat(gunzip(new ByteArrayInputStream(named))).isEqualTo("first member ");
  }
}
