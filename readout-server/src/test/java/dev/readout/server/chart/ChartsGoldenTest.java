package dev.readout.server.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.golden.Golden;
import dev.readout.index.Network;
import dev.readout.index.TimeSeries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Whole drawings against golden files in {@code src/test/resources/golden/charts} (regenerate with
 * {@code -Dreadout.golden.update=true}, then review the diff), plus what must hold of any drawing:
 * well-formed XML, every mark a link with its count in a title, hostile names as text.
 */
class ChartsGoldenTest {

  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "charts");

  static final String HOSTILE = "<script>alert('x')</script> & \"Co\"";

  static TimeSeries engagements() {
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      months.add(YearMonth.of(2020, 9).plusMonths(i));
    }
    return new TimeSeries(months, List.of(
        new TimeSeries.Series("meeting", List.of(2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L)),
        new TimeSeries.Series("phone_call", List.of(0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)),
        new TimeSeries.Series(HOSTILE, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 3L, 0L, 0L)),
        new TimeSeries.Series(TimeSeries.Series.OTHER, List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L))), 2, false);
  }

  static Network network() {
    return new Network(
        List.of(new Network.Node("person:wang-yi", "Wang Yi", 8), new Network.Node("person:sergei-lavrov", "Sergei Lavrov", 5),
            new Network.Node("country:kazakhstan", "Kazakhstan", 1), new Network.Node("organization:x", HOSTILE, 1)),
        List.of(new Network.Edge("person:sergei-lavrov", "person:wang-yi", 5), new Network.Edge("country:kazakhstan", "person:wang-yi", 1),
            new Network.Edge("organization:x", "person:wang-yi", 1)),
        9, false);
  }

  static final TimeChart.Links BAR_LINKS = (category, from, to) -> "#/timeline?type=" + category.orElse("") + "&from=" + from + "&to=" + to;

  static final NetworkChart.Links NETWORK_LINKS = new NetworkChart.Links() {
    @Override
    public String node(Network.Node node) {
      return "#/actor/" + node.id();
    }

    @Override
    public String edge(Network.Edge edge, Network.Node source, Network.Node target) {
      return "#/timeline?actor=" + source.id() + "&with=" + target.id();
    }
  };

  static void golden(String name, String svg) throws IOException {
    assertThat(svg + "\n").as("regenerate with -D" + Golden.PROPERTY + "=true and review the diff")
        .isEqualTo(Golden.expected(GOLDEN.resolve(name), svg + "\n"));
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> all(Document d, String name) {
    NodeList n = d.getElementsByTagNameNS("*", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add((Element) n.item(i));
    }
    return out;
  }

  @Test
  void engagementsOverTimeMatchTheGoldenDrawing() throws IOException {
    golden("engagements.svg", TimeChart.svg(engagements(), "engagements", BAR_LINKS));
  }

  @Test
  void networkMatchesTheGoldenDrawing() throws IOException {
    golden("network.svg", NetworkChart.svg(network(), NETWORK_LINKS));
  }

  @Test
  void everyBarSegmentIsALinkWithItsCountAndPeriod() throws Exception {
    Document d = parse(TimeChart.svg(engagements(), "engagements", BAR_LINKS));
    List<Element> bars = all(d, "rect").stream().filter(r -> "bar".equals(r.getAttribute("class"))).toList();
    assertThat(bars).hasSize(6);
    for (Element bar : bars) {
      Element a = (Element) bar.getParentNode();
      assertThat(a.getLocalName()).isEqualTo("a");
      assertThat(a.getAttribute("href")).startsWith("#/timeline?type=").contains("&from=").contains("&to=");
      assertThat(bar.getTextContent()).endsWith(": " + bar.getAttribute("data-count") + " engagements");
    }
    Element phone = bars.stream().filter(b -> b.getAttribute("data-category").equals("phone_call")).findFirst().orElseThrow();
    assertThat(((Element) phone.getParentNode()).getAttribute("href")).isEqualTo("#/timeline?type=phone_call&from=2020-12-01&to=2020-12-31");
    Element other = bars.stream().filter(b -> b.getAttribute("data-category").equals("other")).findFirst().orElseThrow();
    assertThat(((Element) other.getParentNode()).getAttribute("href")).startsWith("#/timeline?type=&");
    assertThat(d.getDocumentElement().getTextContent()).contains("2 undated not shown");
  }

  @Test
  void hostileNamesStayText() throws Exception {
    for (String svg : List.of(TimeChart.svg(engagements(), "engagements", BAR_LINKS), NetworkChart.svg(network(), NETWORK_LINKS))) {
      Document d = parse(svg);
      assertThat(all(d, "script")).isEmpty();
      assertThat(d.getDocumentElement().getTextContent()).contains(HOSTILE);
    }
  }

  @Test
  void aLongSpanIsDrawnByYear() throws Exception {
    List<YearMonth> months = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      months.add(YearMonth.of(2015, 1).plusMonths(i));
      counts.add(1L);
    }
    Document d = parse(TimeChart.svg(new TimeSeries(months, List.of(new TimeSeries.Series("visit", counts)), 0, false), "engagements", BAR_LINKS));
    List<Element> bars = all(d, "rect").stream().filter(r -> "bar".equals(r.getAttribute("class"))).toList();
    assertThat(bars).extracting(b -> b.getAttribute("data-count")).containsExactly("12", "12", "12", "12", "12");
    assertThat(((Element) bars.get(0).getParentNode()).getAttribute("href")).endsWith("from=2015-01-01&to=2015-12-31");
  }

  @Test
  void nothingToDrawSaysSo() throws Exception {
    assertThat(parse(TimeChart.svg(new TimeSeries(List.of(), List.of(), 3, false), "statements", BAR_LINKS))
        .getDocumentElement().getTextContent()).contains("No dated statements to chart.");
    assertThat(parse(NetworkChart.svg(new Network(List.of(), List.of(), 0, false), NETWORK_LINKS))
        .getDocumentElement().getTextContent()).contains("No engagements to draw.");
  }

  @Test
  void everyNodeAndEdgeLinksToItsActorOrEngagements() throws Exception {
    Document d = parse(NetworkChart.svg(network(), NETWORK_LINKS));
    List<Element> links = all(d, "a");
    assertThat(links.stream().filter(a -> a.getAttribute("class").equals("node")))
        .extracting(a -> a.getAttribute("href")).containsExactly("#/actor/person:wang-yi", "#/actor/person:sergei-lavrov",
            "#/actor/country:kazakhstan", "#/actor/organization:x");
    assertThat(links.stream().filter(a -> a.getAttribute("class").equals("edge")))
        .extracting(a -> a.getAttribute("href")).first().isEqualTo("#/timeline?actor=person:sergei-lavrov&with=person:wang-yi");
    Element hub = all(d, "circle").stream().filter(c -> ((Element) c.getParentNode()).getAttribute("data-id").equals("person:wang-yi"))
        .findFirst().orElseThrow();
    assertThat(hub.getAttribute("cx")).isEqualTo("360");
    assertThat(Optional.of(hub.getAttribute("r")).map(Double::parseDouble).orElseThrow()).isEqualTo(16);
  }

  @Test
  void tickStepsAreRound() {
    assertThat(List.of(0L, 1L, 5L, 6L, 11L, 26L, 99L, 1234L).stream().map(TimeChart::step).toList())
        .containsExactly(1L, 1L, 1L, 2L, 5L, 10L, 20L, 500L);
  }
}
