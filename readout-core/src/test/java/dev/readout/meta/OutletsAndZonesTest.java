package dev.readout.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.Readout;
import dev.readout.model.Article;
import dev.readout.model.Page;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outlets and zones read through the public-suffix list and the page's country. */
class OutletsAndZonesTest {

  private static final Readout READOUT = new Readout();

  private static Article extract(String url, String text) {
    return READOUT.extract(new Page("p", Optional.of(URI.create(url)), Page.Kind.TEXT, text, Optional.empty(), Map.of()));
  }

  private static final String TEXT =
      "Talks resume in Geneva\n\nUpdated: 2021-02-05 10:09 CST\n\n"
          + "The two delegations met again on Friday after a pause of three weeks, officials said, and agreed to meet again next month.";

  @Test
  void anOutletIsItsHostsRegistrableDomainWhenNoKnownOutletOwnsIt() {
    assertThat(Outlets.byHost("edition.cnn.com")).contains("CNN");
    assertThat(Outlets.byHost("edition.example.com")).contains("example.com");
    assertThat(Outlets.byHost("www.news.example.co.uk")).contains("example.co.uk");
    assertThat(Outlets.byHost("localhost")).contains("localhost");
  }

  @Test
  void cstOnAChinesePageIsChinaStandardTime() {
    assertThat(extract("https://www.chinadaily.com.cn/a/1.html", TEXT).published())
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2021-02-05T10:09+08:00"));
  }

  @Test
  void cstOnAPageOfUnknownCountryHasNoZone() {
    assertThat(extract("https://edition.example.com/a/1.html", TEXT).published())
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2021-02-05T10:09"));
  }
}
