package dev.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StoriesCommandTest {

  private static final List<String> STORY = List.of(
      "China and Russia said Thursday that the principle of non-interference in other countries' internal affairs, one of the basic norms governing international relations, should be upheld.",
      "In a phone conversation between Chinese State Councilor and Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov, the two sides also pledged to jointly preserve global and regional strategic stability.",
      "The international situation is at an important watershed, Wang noted, adding that at such a time, it is even more important for China and Russia to strengthen strategic communication.",
      "Last week, Chinese President Xi Jinping and Russian President Vladimir Putin delivered speeches respectively at the World Economic Forum Virtual Event of the Davos Agenda.",
      "The two heads of state have also agreed to celebrate this year the 20th anniversary of the signing of the China-Russia Treaty of Good-Neighborliness and Friendly Cooperation, Wang said.",
      "Both sides should take this opportunity to add new dimensions to this important treaty and send a clear message to the world that the two countries will safeguard the security of themselves and along their peripheries, he added.");

  private static final List<String> OTHER = List.of(
      "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao, although normal humidity levels have not been restored.",
      "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a cumulative total for the season of 5.93 mln against 5.81 at the same stage last year.",
      "Comissaria Smith said spot bean prices rose to 340 to 350 cruzados per arroba of 15 kilos, and bean shippers were reluctant to offer nearby shipment.");

  @TempDir Path dir;

  @Test
  void tablePrintsTheCopiesAsOneStory() throws IOException {
    write();
    Result r = run(dir.toString());
    assertThat(r.code).isZero();
    assertThat(r.out).contains("2 stories, 1 with more than one page").contains("canonical").contains("2 pages");
    assertThat(r.out).contains("a.txt").contains("b.txt").doesNotContain("c.txt");
  }

  @Test
  void jsonPrintsEveryStoryWithAll() throws IOException {
    write();
    Result r = run("--json", "--all", dir.toString());
    assertThat(r.code).isZero();
    List<String> lines = r.out.lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("members")).hasSize(2);
    assertThat(first.get("canonical").asText()).isNotEmpty();
    assertThat(first.get("members").get(1).get("cut")).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("members")).hasSize(1);
  }

  @Test
  void labelsJsonInTheFolderIsSkippedAndDoesNotFailTheRun() throws IOException {
    write();
    Files.writeString(dir.resolve("gold.json"), "{\n  \"about\": \"labels\"\n}\n", StandardCharsets.UTF_8);
    Result r = run(dir.toString());
    assertThat(r.code).as(r.err).isZero();
    assertThat(r.err).contains("readout: skipped " + dir.resolve("gold.json") + ": not a page");
    assertThat(r.out).contains("2 stories, 1 with more than one page");
  }

  @Test
  void missingPathIsReportedAndExitsOne() {
    Result r = run(dir.resolve("nope").toString());
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("nope");
  }

  private void write() throws IOException {
    Files.writeString(dir.resolve("a.txt"), String.join("\n\n", STORY), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "BEIJING, Feb. 4 (Xinhua) -- " + String.join("\n\n", STORY.subList(0, 4)), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("c.txt"), String.join("\n\n", OTHER), StandardCharsets.UTF_8);
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new StoriesCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
