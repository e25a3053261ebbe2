package dev.readout.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readout.model.Comment;
import dev.readout.model.Draft;
import dev.readout.model.StatedTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reader comments by markup convention, on invented pages in the platforms' shapes. */
class CommentsTest {

  private static final String ARTICLE =
      "<article><h1>River park opens</h1><p>The council voted on Tuesday to open the river park to the public next"
          + " spring, after two years of work on the banks and the paths along the water.</p><p>Officials said the"
          + " park would cost less than planned, and that the old boathouse would become a cafe run by volunteers.</p></article>";

  @Test
  void bloggerPairsReadTheNameAndTimeFromTheLineBeforeEachComment() {
    Draft d = extract(ARTICLE + "<div id=comments><h4>2 comments:</h4><dl id=comments-block>"
        + "<dt class=comment-data>At <a href=#c1>4/19/2005 07:14:49 PM</a>, Anonymous said...</dt>"
        + "<dd class=comment-body><p>Glad to see the boathouse saved at last.</p>"
        + "<span class=item-control><a class=delete-comment-link href=#>Delete</a></span></dd>"
        + "<dt class=comment-data>At <a href=#c2>4/20/2005 09:01:00 AM</a>, Rana said...</dt>"
        + "<dd class=comment-body><p>Will dogs be allowed on the paths?</p></dd></dl></div>");
    assertThat(d.comments()).containsExactly(
        new Comment(Optional.of("Anonymous"), StatedTime.parse("2005-04-19"), "Glad to see the boathouse saved at last."),
        new Comment(Optional.of("Rana"), StatedTime.parse("2005-04-20"), "Will dogs be allowed on the paths?"));
    assertThat(d.paragraphs()).noneMatch(p -> p.contains("boathouse saved") || p.contains("dogs"));
  }

  @Test
  void schemaOrgCommentsAndWordPressListsGiveNameTimeAndTextWithoutTheReplyLink() {
    Draft d = extract(ARTICLE + "<ol class=comment-list>"
        + "<li class=comment itemscope itemtype=https://schema.org/Comment><footer class=comment-meta>"
        + "<div class='comment-author vcard'><b class=fn>Jo Park</b> <span class=says>says:</span></div>"
        + "<time datetime=2021-02-05T10:09:00+08:00>February 5, 2021</time></footer>"
        + "<div itemprop=text><p>Lovely news for the whole town.</p><a class=comment-reply-link href=#>Reply</a></div>"
        + "<ol class=children><li class=comment itemscope itemtype=https://schema.org/Comment>"
        + "<span itemprop=author>Ann Lee</span><div class=comment-content><p>Agreed, and about time too.</p></div></li></ol>"
        + "</li></ol>");
    assertThat(d.comments()).containsExactly(
        new Comment(Optional.of("Jo Park"), StatedTime.parse("2021-02-05T10:09:00+08:00"), "Lovely news for the whole town."),
        new Comment(Optional.of("Ann Lee"), Optional.empty(), "Agreed, and about time too."));
    assertThat(d.paragraphs()).hasSize(2);
  }

  @Test
  void anOpinionPieceIsNoCommentAndAnEmptySectionGivesNone() {
    Draft d = extract("<div class=commentary-body>" + ARTICLE + "</div><div class=comments-area>"
        + "<p class=comment-text>Nessun commento</p><div class=comment-count__text>Join the conversation</div></div>");
    assertThat(d.comments()).isEmpty();
    assertThat(d.paragraphs()).anyMatch(p -> p.startsWith("The council voted"));
  }

  private static Draft extract(String body) {
    return HtmlArticles.extract("<html><body>" + body + "</body></html>", Optional.empty());
  }
}
