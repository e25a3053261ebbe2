package dev.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.index.Fixtures;
import dev.readout.json.ArticleJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over HTTP, on a free port, against the synthetic fixture corpus. */
class ApiTest {

  static FixtureServer fixture;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    fixture = FixtureServer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return ArticleJson.mapper().readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void statementSearchCarriesSpeakerSentenceDateAndArticle() throws Exception {
    JsonNode r = json("/api/search?type=statement&q=Afghanistan", 200);
    assertThat(r.path("total").asLong()).isEqualTo(2);
    JsonNode hit = r.path("hits").get(0);
    assertThat(hit.has("speaker") && hit.has("sentence") && hit.has("date") && hit.has("article")).isTrue();
    assertThat(r.path("facets").path("speaker").findValuesAsText("value")).containsExactlyInAnyOrder("Wang Yi", "Sergei Lavrov");
  }

  @Test
  void articleSearchFiltersAndPages() throws Exception {
    JsonNode r = json("/api/search?type=article&q=Wang&outlet=" + enc("china daily"), 200);
    assertThat(r.path("total").asLong()).isEqualTo(1);
    JsonNode hit = r.path("hits").get(0);
    for (String f : new String[] {"id", "title", "published", "outlet", "story"}) {
      assertThat(hit.hasNonNull(f)).as(f).isTrue();
    }
    JsonNode page2 = json("/api/search?type=article&limit=2&offset=2", 200);
    assertThat(page2.path("hits").size()).isEqualTo(2);
    assertThat(page2.path("total").asLong()).isEqualTo(5);
  }

  @Test
  void articleIsTheFullExtractRecord() throws Exception {
    String id = Fixtures.hostile().article().id();
    JsonNode a = json("/api/articles/" + id, 200);
    assertThat(a).isEqualTo(ArticleJson.toTree(Fixtures.hostile()).put("story", a.path("story").asText()));
  }

  @Test
  void storyListsCopies() throws Exception {
    String story = json("/api/search?type=article&q=" + enc("\"important watershed\""), 200).path("hits").get(0).path("story").asText();
    JsonNode s = json("/api/stories/" + enc(story), 200);
    assertThat(s.path("copies").findValuesAsText("outlet")).containsExactly("China Daily", "People's Daily Online");
  }

  @Test
  void engagementsAreDateOrderedAndFilterable() throws Exception {
    JsonNode t = json("/api/engagements", 200);
    assertThat(t.path("entries").findValuesAsText("date")).containsExactly("2020-09-11", "2020-09-16", "2021-02-04", "2021-09-16");
    JsonNode ranged = json("/api/engagements?actor=" + enc(Fixtures.LAVROV) + "&from=2021-01-01&to=2021-12-31", 200);
    assertThat(ranged.path("entries").findValuesAsText("date")).containsExactly("2021-02-04", "2021-09-16");
  }

  @Test
  void actorsAndTheirStatementsOverTime() throws Exception {
    assertThat(json("/api/actors", 200).path("actors").findValuesAsText("id")).contains(Fixtures.WANG, Fixtures.LAVROV);
    JsonNode s = json("/api/actors/" + enc(Fixtures.WANG) + "/statements", 200);
    assertThat(s.path("actor").path("name").asText()).isEqualTo("Wang Yi");
    assertThat(s.path("hits").findValuesAsText("date")).isSorted().hasSize(4);
    assertThat(s.path("facets").path("topic").isArray()).isTrue();
  }

  @Test
  void exclusionsOnlyAndStarReturnTheRequestedType() throws Exception {
    for (String q : new String[] {"*", "-Russia"}) {
      JsonNode articles = json("/api/search?type=article&limit=100&q=" + enc(q), 200);
      assertThat(articles.path("hits").findValuesAsText("id")).as(q).isNotEmpty().allSatisfy(id -> assertThat(id).isNotBlank());
      assertThat(articles.path("hits").findValues("speaker")).as(q).isEmpty();
      JsonNode statements = json("/api/search?type=statement&limit=100&q=" + enc(q), 200);
      assertThat(statements.path("hits").findValuesAsText("speaker")).as(q).isNotEmpty().allSatisfy(v -> assertThat(v).isNotBlank());
    }
    assertThat(json("/api/search?q=*", 200).path("total").asLong()).isEqualTo(5);
  }

  @Test
  void anActorIsFoundByCanonicalName() throws Exception {
    assertThat(json("/api/actors/" + enc("Wang Yi").replace("+", "%20"), 200).path("id").asText()).isEqualTo(Fixtures.WANG);
    assertThat(json("/api/actors/" + enc("sergei lavrov").replace("+", "%20") + "/statements", 200).path("hits").size()).isEqualTo(4);
  }

  @Test
  void engagementsCountByMonthAndType() throws Exception {
    JsonNode t = json("/api/engagements/months", 200);
    assertThat(t.path("months").get(0).asText()).isEqualTo("2020-09");
    assertThat(t.path("months").size()).isEqualTo(13);
    assertThat(t.path("series").findValuesAsText("category")).containsExactly("meeting", "interview", "phone_call");
    assertThat(t.path("undated").asLong()).isZero();
    JsonNode lavrov = json("/api/engagements/months?actor=" + enc(Fixtures.LAVROV) + "&type=meeting", 200);
    assertThat(lavrov.path("series").findValuesAsText("category")).containsExactly("meeting");
    assertThat(json("/api/engagements/months?limit=5", 400).path("parameter").asText()).isEqualTo("limit");
  }

  @Test
  void networkListsActorsAndPairs() throws Exception {
    JsonNode n = json("/api/network", 200);
    assertThat(n.path("nodes").findValuesAsText("id")).containsExactly(Fixtures.WANG, Fixtures.LAVROV, "organization:xinhua");
    assertThat(n.path("edges").get(0).path("engagements").asLong()).isEqualTo(3);
    assertThat(json("/api/network?limit=2", 200).path("truncated").asBoolean()).isTrue();
    assertThat(json("/api/network?limit=1", 400).path("parameter").asText()).isEqualTo("limit");
  }

  @Test
  void anActorsStatementsCountByMonthAndTopic() throws Exception {
    JsonNode t = json("/api/actors/" + enc(Fixtures.WANG) + "/statements/months", 200);
    assertThat(t.path("series").findValuesAsText("category")).containsExactly("geopolitics", "afghanistan", "bilateral");
    json("/api/actors/person:nobody/statements/months", 404);
  }

  @Test
  void timelineTakesASecondParticipantAndAType() throws Exception {
    JsonNode t = json("/api/engagements?actor=" + enc(Fixtures.WANG) + "&with=organization:xinhua", 200);
    assertThat(t.path("entries").findValuesAsText("type")).containsExactly("interview");
    JsonNode call = json("/api/engagements?type=phone_call", 200).path("entries").get(0);
    assertThat(call.path("sources").findValuesAsText("outlet")).containsExactly("China Daily", "People's Daily Online");
    assertThat(call.path("sources").findValuesAsText("title")).allSatisfy(v -> assertThat(v).startsWith("China, Russia stress"));
  }

  @Test
  void chartsAreSvgAndTheirErrorsJson() throws Exception {
    for (String path : new String[] {"/charts/engagements.svg", "/charts/network.svg?limit=10", "/charts/actors/" + enc(Fixtures.WANG) + "/statements.svg"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/svg+xml"));
      assertThat(r.body()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>").contains("<a href=\"#/");
    }
    assertThat(json("/charts/engagements.svg?from=nope", 400).path("parameter").asText()).isEqualTo("from");
    json("/charts/actors/person:nobody/statements.svg", 404);
  }

  @Test
  void statsCount() throws Exception {
    JsonNode s = json("/api/stats", 200);
    assertThat(s.path("articles").asLong()).isEqualTo(5);
    assertThat(s.path("statements").asLong()).isEqualTo(8);
    assertThat(s.path("first").asText()).isEqualTo("2020-09-11");
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    assertThat(json("/api/search?limit=1000", 400).path("parameter").asText()).isEqualTo("limit");
    assertThat(json("/api/search?limit=abc", 400).path("parameter").asText()).isEqualTo("limit");
    assertThat(json("/api/search?from=2021-13-01", 400).path("parameter").asText()).isEqualTo("from");
    assertThat(json("/api/search?type=video", 400).path("parameter").asText()).isEqualTo("type");
    assertThat(json("/api/search?bogus=1", 400).path("parameter").asText()).isEqualTo("bogus");
    assertThat(json("/api/search?q=" + "x".repeat(600), 400).path("parameter").asText()).isEqualTo("q");
    assertThat(json("/api/engagements?from=2021-02-01&to=2020-01-01", 400).path("parameter").asText()).isEqualTo("from");
  }

  @Test
  void unknownIdsAndPathsAre404() throws Exception {
    json("/api/articles/0123456789abcdef", 404);
    json("/api/stories/nope", 404);
    json("/api/actors/person:nobody", 404);
    json("/api/actors/person:nobody/statements", 404);
    json("/api/nothing", 404);
  }

  @Test
  void staticFilesCannotEscapeTheUiFolder() throws Exception {
    assertThat(get("/ui/app.js").statusCode()).isEqualTo(200);
    for (String p : new String[] {"/ui/..%2F..%2FReadoutServer.class", "/ui/%2e%2e/%2e%2e/etc/passwd", "/ui/../../pom.xml", "/ui/", "/ui/app.js%00.html"}) {
      HttpResponse<String> r = get(p);
      assertThat(r.statusCode()).as(p).isIn(400, 404);
      assertThat(r.body()).doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void pagesCarryAPolicyThatForbidsInlineScript() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-security-policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(r.body()).contains("<main id=\"view\"");
  }

  @Test
  void writesAreRefused() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.port() + "/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isIn(404, 405);
  }
}
