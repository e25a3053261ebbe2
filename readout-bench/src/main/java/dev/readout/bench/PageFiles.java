package dev.readout.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads corpus pages: gunzips {@code .gz}, then decodes by BOM, then strict UTF-8 (valid UTF-8
 * with non-ASCII bytes is almost never an accident), then a {@code charset} declared in the first
 * 4 KB, then Windows-1252.
 */
final class PageFiles {

  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private PageFiles() {}

  static byte[] bytes(Path file) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    if (!file.getFileName().toString().endsWith(".gz")) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      return in.readAllBytes();
    }
  }

  static String read(Path file) throws IOException {
    return decode(bytes(file));
  }

  static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      // not UTF-8: trust the declaration
    }
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    if (m.find()) {
      try {
        return new String(b, Charset.forName(m.group(1).toLowerCase(Locale.ROOT).replace("gb2312", "gbk")));
      } catch (IllegalArgumentException e) {
        // unknown name: fall back
      }
    }
    return new String(b, Charset.forName("windows-1252"));
  }
}
