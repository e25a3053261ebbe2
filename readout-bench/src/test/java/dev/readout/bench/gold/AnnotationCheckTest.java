package dev.readout.bench.gold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCheckTest {

  // Invented story; the CAMEO lines below copy the format of plover/CAMEO2PLOVER-2021.txt.
  private static final String TEXT = "The Latvian foreign minister Ilze Berzina met her Estonian counterpart in Tallinn on "
      + "Monday.\n\nShe urged Moscow to release the detained journalists, officials said.";
  private static final String CAMEO = "042: CONSULT, visit,   # Make a visit\n"
      + "1053: REQUEST, yield, legal # Demand release of persons or property\n";
  private static final StoryEntry STORY = new StoryEntry("test-1", "test", "test", "tune", "T",
      Optional.of("2001-05-09"), Optional.empty(), true, StoryText.sha256(TEXT), TEXT.length());

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private AnnotationCheck.Result check(String annotation) throws Exception {
    Path cameo = Files.writeString(dir.resolve("cameo.txt"), CAMEO);
    JsonNode root = json.readTree(annotation.replace('\'', '"'));
    return new AnnotationCheck(Vocabulary.load(cameo), TEXT).check(root, STORY, "T1");
  }

  private static final String GOOD = "{'story': 'test-1', 'annotator': 'T1', 'done': true,"
      + " 'actors': [{'id': 'a1', 'name': 'Ilze Berzina', 'country': 'LV', 'sector': 'government'},"
      + "  {'id': 'a2', 'name': 'Government of Estonia', 'country': 'EE', 'sector': 'government'},"
      + "  {'id': 'a3', 'name': 'Government of Russia', 'country': 'RU', 'sector': 'government'}],"
      + " 'engagements': [{'id': 'g1', 'type': 'visit', 'status': 'happened', 'actors': ['a1'], 'recipients': ['a2'],"
      + "  'date': '2001-05-07', 'date_source': 'published_relative', 'place': 'Tallinn', 'place_source': 'stated',"
      + "  'evidence': 'met her Estonian counterpart', 'mode': 'visit', 'cameo': '042'}],"
      + " 'statements': [{'id': 's1', 'speaker': 'a1', 'anonymous': false, 'speaker_mention': 'She', 'cue': 'urged',"
      + "  'content_first': 'to release', 'content_last': 'detained journalists', 'recipients': ['a3']}],"
      + " 'events': [{'id': 'v1', 'event': 'REQUEST', 'mode': 'yield', 'context': ['rights_freedoms'], 'cameo': '1053',"
      + "  'actors': ['a1'], 'recipients': ['a3'], 'negated': false, 'status': 'happened', 'date': null,"
      + "  'date_source': 'none', 'place': null, 'place_source': 'none', 'evidence': 'She urged Moscow', 'statement': 's1'}],"
      + " 'notes': []}";

  @Test
  void goodAnnotationResolvesPointersAndAddsTheConsultEvent() throws Exception {
    AnnotationCheck.Result r = check(GOOD);
    assertThat(r.errors()).isEmpty();
    JsonNode s1 = r.resolved().get("statements").get(0);
    int start = s1.get("content").get("start").asInt();
    int end = s1.get("content").get("end").asInt();
    assertThat(TEXT.substring(start, end)).isEqualTo("to release the detained journalists");
    assertThat(r.resolved().get("events")).hasSize(2);
    JsonNode consult = r.resolved().get("events").get(1);
    assertThat(consult.get("event").asText()).isEqualTo("CONSULT");
    assertThat(consult.get("engagement").asText()).isEqualTo("g1");
    assertThat(r.events()).isEqualTo(1);
    assertThat(r.engagements()).isEqualTo(1);
  }

  @Test
  void everyBadFieldIsOneLineNamingItemAndField() throws Exception {
    ObjectNode bad = (ObjectNode) json.readTree(GOOD.replace('\'', '"'));
    ((ObjectNode) bad.get("actors").get(0)).put("country", "LVA");
    ((ObjectNode) bad.get("engagements").get(0)).put("type", "dinner").put("date", "2001-5-7");
    ((ObjectNode) bad.get("events").get(0)).put("cameo", "042").put("evidence", "said");
    ((ObjectNode) bad.get("statements").get(0)).put("speaker", "a9");
    AnnotationCheck.Result r = check(bad.toString());
    assertThat(r.errors()).anyMatch(e -> e.startsWith("actor a1: country:"))
        .anyMatch(e -> e.startsWith("g1: type: \"dinner\""))
        .anyMatch(e -> e.startsWith("g1: date:"))
        .anyMatch(e -> e.startsWith("v1: cameo: \"042\" maps to [CONSULT]"))
        .anyMatch(e -> e.startsWith("s1: speaker: \"a9\" is not defined"))
        .anyMatch(e -> e.startsWith("g1: cameo: \"042\" does not fit type dinner"))
        .hasSize(6);
  }

  @Test
  void anonymousSpeakerNeedsItsMention() throws Exception {
    String anon = GOOD.replace("'speaker': 'a1', 'anonymous': false, 'speaker_mention': 'She',",
        "'speaker': null, 'anonymous': true,");
    assertThat(check(anon).errors()).containsExactly("s1: speaker_mention: required when speaker is null");
  }

  @Test
  void datesHaveThreeShapes() {
    assertThat(AnnotationCheck.validDate("1987-03-02")).isTrue();
    assertThat(AnnotationCheck.validDate("1987-02-01/1987-02-28")).isTrue();
    assertThat(AnnotationCheck.validDate("--02-29")).isTrue();
    assertThat(AnnotationCheck.validDate("1987-02-28/1987-02-01")).isFalse();
    assertThat(AnnotationCheck.validDate("1987-02-30")).isFalse();
    assertThat(AnnotationCheck.validDate("March 2")).isFalse();
  }
}
