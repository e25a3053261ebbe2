package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesAndAuthorsTest {

  @Test
  void siteNameSuffixAndPrefixGo() {
    Optional<String> site = Optional.of("The Daily Planet");
    assertThat(Titles.strip("Storm hits coast | The Daily Planet", site, "")).isEqualTo("Storm hits coast");
    assertThat(Titles.strip("Storm hits coast - Daily Planet", site, "")).isEqualTo("Storm hits coast");
    assertThat(Titles.strip("The Daily Planet | Storm hits coast", site, "")).isEqualTo("Storm hits coast");
    assertThat(Titles.strip("Storm hits coast | News | Metro", Optional.empty(), "metro.co.uk")).isEqualTo("Storm hits coast");
    assertThat(Titles.strip("习近平致贺信--时政--人民网", Optional.empty(), "politics.people.com.cn")).isEqualTo("习近平致贺信");
  }

  @Test
  void titleWithDashInsideIsKept() {
    assertThat(Titles.strip("Biden - Trump debate: what we learned", Optional.empty(), "example.com"))
        .isEqualTo("Biden - Trump debate: what we learned");
  }

  @Test
  void statedTitlesVoteAndAgreeingSourcesWin() {
    Optional<String> t =
        Titles.choose(
            List.of("SEO title for search", "Storm hits coast", "Storm hits coast | Planet"),
            Optional.of("Storm hits coast"),
            Optional.of("Planet"),
            "planet.example");
    assertThat(t).contains("Storm hits coast");
  }

  @Test
  void authorsAreCleanedPersonNames() {
    assertThat(Authors.clean(List.of("By Jane Doe and John Smith"), List.of())).containsExactly("Jane Doe", "John Smith");
    assertThat(Authors.clean(List.of("Jane Doe, Reuters"), List.of())).containsExactly("Jane Doe");
    assertThat(Authors.clean(List.of("Daily Planet Staff"), List.of("Daily Planet"))).isEmpty();
    assertThat(Authors.clean(List.of("jane@example.com", "https://x.com/jane"), List.of())).isEmpty();
    assertThat(Authors.clean(List.of("牛镛、岳弘彬"), List.of())).containsExactly("牛镛", "岳弘彬");
  }
}
