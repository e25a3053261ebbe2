package dev.readout.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * robots.txt, fetched once per origin per run and parsed by crawler-commons. A missing file (4xx)
 * allows everything; an unreachable one (5xx, network or TLS failure) allows nothing for this run,
 * as RFC 9309 asks, and each URL of the origin fails with the reason (to be tried next run). A crawl-delay slows the origin's {@link HostGate} down, up to the configured cap.
 * Thread-safe; each file is fetched once, other threads wait for it.
 */
final class Robots {

  private static final int MAX_HOPS = 5;

  private final Http http;
  private final HostGate gate;
  private final String agent;
  private final Duration maxCrawlDelay;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, CompletableFuture<Rules>> rules = new ConcurrentHashMap<>();

  Robots(Http http, HostGate gate, FetchConfig config) {
    this.http = http;
    this.gate = gate;
    String product = config.userAgent().split("[/ ]", 2)[0];
    this.agent = product.toLowerCase(Locale.ROOT);
    this.maxCrawlDelay = config.maxCrawlDelay();
  }

  /** The rules of an origin, or why they could not be had. */
  private record Rules(BaseRobotRules rules, String unreachable) {}

  /**
   * Why {@code uri} may not be fetched: disallowed (a {@link Outcome.Why#ROBOTS} refusal), or
   * robots.txt unreachable (a failure worth retrying later); empty when it may.
   */
  Optional<Outcome.Refused> refusal(URI uri) throws InterruptedException {
    Rules r = rules(uri);
    if (r.unreachable() != null) {
      return Optional.of(new Outcome.Refused(uri, Outcome.Why.FAILED, "robots.txt unreachable: " + r.unreachable(), true));
    }
    if (!r.rules().isAllowed(uri.toString())) {
      return Optional.of(new Outcome.Refused(uri, Outcome.Why.ROBOTS, "disallowed by robots.txt", false));
    }
    return Optional.empty();
  }

  private Rules rules(URI uri) throws InterruptedException {
    String origin = Urls.origin(uri);
    CompletableFuture<Rules> mine = new CompletableFuture<>();
    CompletableFuture<Rules> theirs = rules.putIfAbsent(origin, mine);
    if (theirs == null) {
      try {
        mine.complete(load(origin));
      } catch (InterruptedException | RuntimeException e) {
        rules.remove(origin, mine);
        mine.completeExceptionally(e);
        throw e;
      }
      return mine.join();
    }
    try {
      return theirs.get();
    } catch (ExecutionException e) {
      return rules(uri); // the loading thread was interrupted: try again
    }
  }

  private Rules load(String origin) throws InterruptedException {
    URI at = URI.create(origin + "/robots.txt");
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      Outcome o = http.exchange(at, Outcome.Validators.NONE, type -> true);
      if (o instanceof Outcome.Redirect r) {
        at = r.location();
        continue;
      }
      if (o instanceof Outcome.Body b) {
        BaseRobotRules parsed = parser.parseContent(at.toString(), b.bytes(), b.contentType(), List.of(agent));
        if (parsed.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
          Duration asked = Duration.ofMillis(parsed.getCrawlDelay());
          gate.slowDown(origin, asked.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : asked);
        }
        return new Rules(parsed, null);
      }
      if (o instanceof Outcome.Refused f && f.reason().startsWith("HTTP 4")) {
        return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null);
      }
      return new Rules(null, o instanceof Outcome.Refused f ? f.reason() : "unexpected answer");
    }
    return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null);
  }
}
