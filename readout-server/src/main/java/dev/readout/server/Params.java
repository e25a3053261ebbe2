package dev.readout.server;

import dev.readout.index.InvalidRequestException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads query and path parameters strictly: unknown, repeated or malformed ones are a 400 that names them. */
final class Params {

  static final int MAX_VALUE_LENGTH = 500;
  static final int MAX_ID_LENGTH = 200;

  private final Context ctx;

  private Params(Context ctx, Set<String> allowed) {
    this.ctx = ctx;
    Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      String name = unknown.iterator().next();
      throw new InvalidRequestException(name, "unknown parameter; allowed: " + new TreeSet<>(allowed));
    }
    ctx.queryParamMap().forEach((k, v) -> {
      if (v.size() > 1) {
        throw new InvalidRequestException(k, "given more than once");
      }
    });
  }

  static Params of(Context ctx, String... allowed) {
    return new Params(ctx, Set.of(allowed));
  }

  Optional<String> text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > MAX_VALUE_LENGTH) {
      throw new InvalidRequestException(name, "longer than " + MAX_VALUE_LENGTH + " characters");
    }
    return Optional.of(v.strip());
  }

  int integer(String name, int fallback) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name, "not a whole number: " + v.get());
    }
  }

  Optional<LocalDate> date(String name) {
    return text(name).map(v -> {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw new InvalidRequestException(name, "not a date (YYYY-MM-DD): " + v);
      }
    });
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, v.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", got " + v.get());
    }
  }

  /** A path parameter used as an id. */
  String id(String name) {
    String v = ctx.pathParam(name);
    if (v.isBlank() || v.length() > MAX_ID_LENGTH) {
      throw new InvalidRequestException(name, "must be 1 to " + MAX_ID_LENGTH + " characters");
    }
    return v;
  }
}
