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
  void theSiteIsTheLabelBeforeThePublicSuffixNotTheFirstLabel() {
    assertThat(Titles.strip("Talks resume in Geneva - CNN", Optional.empty(), "edition.cnn.com")).isEqualTo("Talks resume in Geneva");
    assertThat(Titles.strip("Talks resume in Geneva - BBC", Optional.empty(), "news.bbc.co.uk")).isEqualTo("Talks resume in Geneva");
    assertThat(Titles.strip("Take C.A.R.E. - comwrap auf der DMEXCO 2018", Optional.empty(), "blog.comwrap.com"))
        .isEqualTo("Take C.A.R.E. - comwrap auf der DMEXCO 2018");
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
            stated("SEO title for search", "Storm hits coast", "Storm hits coast | Planet"),
            heading("Storm hits coast"),
            Optional.of("Planet"),
            "planet.example");
    assertThat(t).contains("Storm hits coast");
  }

  @Test
  void visibleHeadlineOutweighsSocialVariants() {
    List<Titles.Stated> stated =
        List.of(
            new Titles.Stated("Only a third of the children came to school", false),
            new Titles.Stated("Emergency plan: a quiet but hot Monday", true),
            new Titles.Stated("Emergency plan: a quiet but hot Monday", false),
            new Titles.Stated("Emergency plan: a quiet but hot Monday", false));
    assertThat(Titles.choose(stated, heading("Only a third of the children came to school"), Optional.empty(), ""))
        .contains("Only a third of the children came to school");
    assertThat(Titles.choose(stated, Optional.empty(), Optional.empty(), "")).contains("Emergency plan: a quiet but hot Monday");
  }

  @Test
  void kickerShownApartIsLeftOutWhenTheTitleCarriesAnother() {
    Optional<Titles.Heading> h = Optional.of(new Titles.Heading("Escalation in the Middle East - «Restraint has much to do with the US»", "«Restraint has much to do with the US»"));
    assertThat(Titles.choose(stated("Iran attacks Israel: «Restraint has much to do with the US»"), h, Optional.empty(), ""))
        .contains("«Restraint has much to do with the US»");
  }

  @Test
  void kickerOnlyTheTitleCarriesStaysWhenTheHeadingShowsNone() {
    assertThat(Titles.choose(stated("Kenya: Nairobi from below"), heading("Nairobi from below"), Optional.empty(), ""))
        .contains("Kenya: Nairobi from below");
  }

  @Test
  void wordsEndingTheTitleWithoutASeparatorAreNoKicker() {
    Optional<Titles.Heading> h = Optional.of(new Titles.Heading("Spy hub Switzerland: A big playground for Russian spies", "A big playground for Russian spies"));
    List<Titles.Stated> stated = stated("Switzerland is a big playground for Russian spies", "Switzerland is a big playground for Russian spies");
    assertThat(Titles.choose(stated, h, Optional.empty(), "")).contains("Switzerland is a big playground for Russian spies");
  }

  @Test
  void titleWithSectionTailVotesForTheShorterTitle() {
    List<Titles.Stated> stated =
        List.of(
            new Titles.Stated("Cooling towers demolished", false),
            new Titles.Stated("Nuclear plant: cooling towers blown up - Politics", false),
            new Titles.Stated("Nuclear plant: cooling towers blown up", true));
    assertThat(Titles.choose(stated, Optional.empty(), Optional.empty(), "")).contains("Nuclear plant: cooling towers blown up");
  }

  @Test
  void ogWordingIsKeptAmongTitlesThatReadTheSame() {
    List<Titles.Stated> stated = List.of(new Titles.Stated("Strava unveils ‘family’ plan", false), new Titles.Stated("Strava unveils 'family' plan", true));
    assertThat(Titles.choose(stated, heading("Strava unveils ‘family’ plan"), Optional.empty(), "")).contains("Strava unveils 'family' plan");
  }

  private static List<Titles.Stated> stated(String... texts) {
    return java.util.Arrays.stream(texts).map(t -> new Titles.Stated(t, false)).toList();
  }

  private static Optional<Titles.Heading> heading(String text) {
    return Optional.of(new Titles.Heading(text, text));
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
