package dev.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.json.ArticleJson;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import dev.readout.model.Dateline;
import dev.readout.model.Engagement;
import dev.readout.model.EngagementType;
import dev.readout.model.Event;
import dev.readout.model.Mention;
import dev.readout.model.Party;
import dev.readout.model.PlaceSource;
import dev.readout.model.PloverType;
import dev.readout.model.Sector;
import dev.readout.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The Parquet columns are the record's JSON keys, so the tables lose no field the record has. */
class TablesTest {

  static final String LEAD = "Sergei Lavrov will visit China from March 22 to 23.";

  static AnnotatedArticle visit() {
    Article a = new Article("0123456789abcdef", "x.txt", Optional.empty(), Optional.of("Lavrov to visit China"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Dateline.NONE, Optional.empty(), List.of(), Optional.of("en"),
        Optional.empty(), List.of(), List.of(LEAD), List.of());
    Engagement e = new Engagement("e1", EngagementType.VISIT, "042", Optional.of(PloverType.CONSULT), Optional.of("visit"),
        List.of(new Party("Sergei Lavrov", "person:sergei-lavrov", Optional.of("RU"), Sector.GOVERNMENT)),
        List.of(new Party("China", "country:china", Optional.of("CN"), Sector.GOVERNMENT)), Status.SCHEDULED,
        Optional.of(DateSpan.of(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 23))), DateSource.STATED, Optional.empty(),
        PlaceSource.NONE, LEAD, new Mention(0, LEAD.length(), LEAD), false);
    return new AnnotatedArticle(a, Optional.of("s0123456789abcdef"), List.of(), List.of(), List.of(e), Event.of(e).stream().toList(), List.of());
  }

  static List<String> keys(JsonNode o) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  static List<String> columns(StructType t) {
    return java.util.Arrays.stream(t.fields()).map(StructField::name).toList();
  }

  @Test
  void articleColumnsAreTheRecordsKeys() {
    ObjectNode o = ArticleJson.toTree(visit());
    assertThat(columns(Tables.ARTICLE)).containsExactlyElementsOf(keys(o));
  }

  @Test
  void engagementAndEventColumnsAreTheirKeysWithPartiesInFull() {
    ObjectNode o = ArticleJson.toTree(visit());
    assertThat(columns(Tables.ENGAGEMENT)).containsExactlyInAnyOrderElementsOf(keys(o.get("engagements").get(0)));
    assertThat(columns(Tables.EVENT)).containsExactlyInAnyOrderElementsOf(keys(o.get("events").get(0)));
    assertThat(columns(Tables.PARTY)).containsExactlyInAnyOrderElementsOf(keys(o.get("engagements").get(0).get("actors").get(0)));
  }
}
