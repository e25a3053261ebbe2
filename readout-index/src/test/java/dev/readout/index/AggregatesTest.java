package dev.readout.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import dev.readout.model.EngagementType;
import dev.readout.model.Party;
import dev.readout.model.PlaceSource;
import dev.readout.model.PloverType;
import dev.readout.model.Sector;
import dev.readout.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregatesTest {

  static Aggregates.Dated on(String day, String... categories) {
    return new Aggregates.Dated(Optional.ofNullable(day).map(LocalDate::parse), List.of(categories));
  }

  @Test
  void monthsWithoutItemsAreZerosAndUndatedAreCountedApart() {
    TimeSeries t = Aggregates.byMonth(List.of(on("2021-01-31", "a"), on("2021-04-01", "a", "b"), on(null, "a")), false);
    assertThat(t.months()).containsExactly(YearMonth.of(2021, 1), YearMonth.of(2021, 2), YearMonth.of(2021, 3), YearMonth.of(2021, 4));
    assertThat(t.series()).containsExactly(
        new TimeSeries.Series("a", List.of(1L, 0L, 0L, 1L)), new TimeSeries.Series("b", List.of(0L, 0L, 0L, 1L)));
    assertThat(t.undated()).isEqualTo(1);
  }

  @Test
  void manyCategoriesKeepTheLargestAndLumpTheRest() {
    List<Aggregates.Dated> items = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      for (int i = 0; i <= c; i++) {
        items.add(on("2020-05-0" + (1 + i % 9), "c" + c));
      }
    }
    TimeSeries t = Aggregates.byMonth(items, false);
    assertThat(t.series()).hasSize(Aggregates.MAX_CATEGORIES);
    assertThat(t.series().get(0).category()).isEqualTo("c11");
    assertThat(t.series().get(Aggregates.MAX_CATEGORIES - 1).category()).isEqualTo(TimeSeries.Series.OTHER);
    assertThat(t.series().stream().mapToLong(TimeSeries.Series::total).sum()).isEqualTo(items.size());
  }

  @Test
  void nothingToCountIsAnEmptySeries() {
    TimeSeries t = Aggregates.byMonth(List.of(), false);
    assertThat(t.months()).isEmpty();
    assertThat(t.series()).isEmpty();
  }

  static TimelineEntry met(String date, String... ids) {
    List<Party> parties = new ArrayList<>();
    for (String id : ids) {
      parties.add(new Party(id.toUpperCase(java.util.Locale.ROOT), id, Optional.empty(), Sector.GOVERNMENT));
    }
    return new TimelineEntry(EngagementType.MEETING, "042", Optional.of(PloverType.CONSULT), Status.HAPPENED, parties, List.of(),
        DateSpan.parse(date), DateSource.STATED, Optional.empty(), PlaceSource.NONE, "", List.of(), List.of());
  }

  @Test
  void aThreeWayMeetingLinksEveryPairOnce() {
    Network n = Aggregates.network(List.of(met("2021-01-01", "b", "a", "c"), met("2021-02-01", "a", "b"), met("2021-03-01", "a", "a")), 10, false);
    assertThat(n.nodes()).extracting(Network.Node::id).containsExactly("a", "b", "c");
    assertThat(n.nodes()).extracting(Network.Node::engagements).containsExactly(3L, 2L, 1L);
    assertThat(n.edges()).containsExactly(new Network.Edge("a", "b", 2), new Network.Edge("a", "c", 1), new Network.Edge("b", "c", 1));
    assertThat(n.truncated()).isFalse();
  }
}
