package dev.readout.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.read.FormatSniffer.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

  private static Format sniff(String s) {
    return FormatSniffer.sniff(s.getBytes(StandardCharsets.ISO_8859_1)).format();
  }

  @Test
  void recognisesContainersByTheirFirstBytes() {
    assertThat(sniff("")).isEqualTo(Format.EMPTY);
    assertThat(sniff(" \n\t ")).isEqualTo(Format.BLANK);
    assertThat(sniff("\u001f\u008b\u0008\u0000")).isEqualTo(Format.GZIP);
    assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Format.WARC);
    assertThat(sniff("  {\"text\": \"x\"}")).isEqualTo(Format.JSON_OBJECT);
    assertThat(sniff("{}")).isEqualTo(Format.JSON_OBJECT);
    assertThat(sniff("[\n  {\"a\": 1}]")).isEqualTo(Format.JSON_ARRAY);
    assertThat(sniff("<!DOCTYPE html><html>")).isEqualTo(Format.TEXT);
    assertThat(sniff("Plain words.")).isEqualTo(Format.TEXT);
  }

  @Test
  void bracesThatAreNotJsonStayText() {
    assertThat(sniff("[Reuters] Talks resumed")).isEqualTo(Format.TEXT);
    assertThat(sniff("{{template}} text")).isEqualTo(Format.TEXT);
  }

  @Test
  void namesBinaryFormats() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    FormatSniffer.Sniffed s = FormatSniffer.sniff(png);
    assertThat(s.format()).isEqualTo(Format.BINARY);
    assertThat(s.reason()).isEqualTo("binary file (PNG image)");
    assertThat(FormatSniffer.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).reason()).contains("PDF");
  }

  @Test
  void nulBytesMeanBinaryUnlessAByteOrderMarkSaysUtf16() {
    assertThat(FormatSniffer.sniff(new byte[] {'a', 0, 'b'}).reason()).isEqualTo("binary file (contains NUL bytes)");
    byte[] utf16 = "\uFEFFhi".getBytes(StandardCharsets.UTF_16LE);
    assertThat(FormatSniffer.sniff(utf16).format()).isEqualTo(Format.TEXT);
  }

  @Test
  void manyControlBytesMeanBinary() {
    byte[] b = new byte[100];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(FormatSniffer.sniff(b).reason()).isEqualTo("binary file (mostly control bytes)");
  }

  @Test
  void aFullHeadOfWhitespaceIsNotCalledBlank() {
    byte[] spaces = " ".repeat(FormatSniffer.HEAD).getBytes(StandardCharsets.US_ASCII);
    assertThat(FormatSniffer.sniff(spaces).format()).isEqualTo(Format.TEXT);
  }
}
