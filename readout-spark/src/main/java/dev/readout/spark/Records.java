package dev.readout.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readout.json.ArticleJson;
import java.io.UncheckedIOException;

/** Article records, as {@code readout extract} writes them, given their story afterwards. */
final class Records {

  /**
   * {@code "story":null} can only be the record's own key: inside a JSON string every quote is
   * escaped, and the top-level story key comes before the annotations, whose objects have none.
   */
  private static final String NO_STORY = "\"story\":null";

  private Records() {}

  /**
   * The record with {@code story} set: the same text as {@code readout extract} writes. Replaces
   * the empty story in place, which is much cheaper than parsing the record again; falls back to
   * that when the record is laid out otherwise.
   */
  static String withStory(String record, String story) {
    int at = record.indexOf(NO_STORY);
    try {
      if (at >= 0) {
        return record.substring(0, at) + "\"story\":" + ArticleJson.mapper().writeValueAsString(story)
            + record.substring(at + NO_STORY.length());
      }
      ObjectNode o = (ObjectNode) ArticleJson.mapper().readTree(record);
      o.put("story", story);
      return ArticleJson.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
