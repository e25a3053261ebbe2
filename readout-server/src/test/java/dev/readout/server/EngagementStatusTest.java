package dev.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readout.index.Fixtures;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/engagements?status=} and what an entry says about status and roles, over HTTP. */
class EngagementStatusTest {

  static FixtureServer fixture;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    List<AnnotatedArticle> articles = new ArrayList<>(Fixtures.corpus());
    articles.addAll(Fixtures.notYet());
    fixture = FixtureServer.start(articles);
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  static JsonNode json(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + fixture.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
    return ArticleJson.mapper().readTree(r.body());
  }

  @Test
  void entriesCarryStatusActorsRecipientsAndTheOlderParticipantFields() throws Exception {
    JsonNode visit = json("/api/engagements?status=scheduled", 200).path("entries").get(0);
    assertThat(visit.path("status").asText()).isEqualTo("scheduled");
    assertThat(visit.path("type").asText()).isEqualTo("visit");
    assertThat(visit.path("event").asText()).isEqualTo("CONSULT");
    assertThat(visit.path("date").asText()).isEqualTo("2021-03-22/2021-03-23");
    assertThat(visit.path("date_source").asText()).isEqualTo("stated");
    assertThat(visit.path("actors").findValuesAsText("id")).containsExactly(Fixtures.LAVROV);
    assertThat(visit.path("recipients").get(0).path("country").asText()).isEqualTo("CN");
    assertThat(visit.path("recipients").get(0).path("sector").asText()).isEqualTo("government");
    assertThat(visit.path("participant_ids")).extracting(JsonNode::asText).containsExactly(Fixtures.LAVROV, Fixtures.WANG);
  }

  @Test
  void statusFilterTakesOneOrMoreValues() throws Exception {
    assertThat(json("/api/engagements", 200).path("total").asLong()).isEqualTo(6);
    assertThat(json("/api/engagements?status=happened", 200).path("entries").findValuesAsText("status"))
        .hasSize(4).containsOnly("happened");
    assertThat(json("/api/engagements?status=scheduled,proposed", 200).path("entries").findValuesAsText("status"))
        .containsExactly("scheduled", "proposed");
    assertThat(json("/api/engagements/months?status=scheduled", 200).path("series").findValuesAsText("category"))
        .containsExactly("visit");
  }

  @Test
  void aBadStatusIsA400NamingTheParameter() throws Exception {
    for (String bad : List.of("happend", "scheduled,,proposed", "SCHEDULED;proposed")) {
      JsonNode e = json("/api/engagements?status=" + java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8), 400);
      assertThat(e.path("parameter").asText()).as(bad).isEqualTo("status");
      assertThat(e.path("error").asText()).as(bad).contains("happened, ongoing, scheduled, proposed");
    }
    assertThat(json("/charts/engagements.svg?status=nope", 400).path("parameter").asText()).isEqualTo("status");
  }

  @Test
  void chartBarsKeepTheStatusFilterInTheirLinks() throws Exception {
    HttpResponse<String> svg = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + fixture.port() + "/charts/engagements.svg?status=scheduled")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.body()).contains("#/timeline?type=visit&amp;status=scheduled&amp;from=2021-03-01&amp;to=2021-03-31");
  }
}
