package dev.readout.index;

import dev.readout.dedup.Story;
import dev.readout.dedup.StoryAssignment;
import dev.readout.dedup.StoryMember;
import dev.readout.meta.ContentId;
import dev.readout.model.Actor;
import dev.readout.model.AnnotatedArticle;
import dev.readout.model.Article;
import dev.readout.model.Dateline;
import dev.readout.model.DateSource;
import dev.readout.model.DateSpan;
import dev.readout.model.Engagement;
import dev.readout.model.EngagementType;
import dev.readout.model.Event;
import dev.readout.model.Party;
import dev.readout.model.PlaceSource;
import dev.readout.model.PloverType;
import dev.readout.model.Sector;
import dev.readout.model.Status;
import dev.readout.model.Mention;
import dev.readout.model.Removed;
import dev.readout.model.StatedTime;
import dev.readout.model.Statement;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Synthetic annotated articles with actors, statements and engagements filled in, modelled on the
 * seed pages, for tests that must not wait for the annotation stages. Also a grouper that groups
 * by a fixed story key, so stories with several copies exist.
 */
public final class Fixtures {

  public static final String WANG = "person:wang-yi";
  public static final String LAVROV = "person:sergei-lavrov";

  private Fixtures() {}

  /** Five articles: a story with two copies (phone call), a Dushanbe meeting, an interview, and hostile markup. */
  public static List<AnnotatedArticle> corpus() {
    return List.of(phoneCall("China Daily", List.of()), phoneCall("People's Daily Online", List.of(CUT)), dushanbe(), interview(), hostile());
  }

  /** The story key the fixture grouper uses: the first paragraph. */
  public static Grouper grouper() {
    return new TitleGrouper();
  }

  public static final String CALL_TITLE = "China, Russia stress non-interference in countries' internal affairs";
  static final String CUT = "Lavrov said Russia is very satisfied with the development of bilateral ties.";

  static AnnotatedArticle phoneCall(String outlet, List<String> cut) {
    List<String> paragraphs = new ArrayList<>(List.of(
        "Chinese State Councilor and Foreign Minister Wang Yi held a phone conversation with Russian Foreign Minister Sergei Lavrov on Thursday.",
        "The international situation is at an important watershed, Wang said.",
        CUT,
        "Russia and China should intensify strategic coordination, Lavrov said."));
    paragraphs.removeAll(cut);
    Article a = article(CALL_TITLE, outlet, LocalDate.of(2021, 2, 5), paragraphs, List.of("Wang Yi and Sergei Lavrov hold talks in Moscow, Sept. 11, 2020."));
    String body = a.body();
    List<Statement> st = new ArrayList<>();
    st.add(statement(body, "Wang Yi", WANG, "The international situation is at an important watershed, Wang said.", "said", List.of("geopolitics")));
    if (!cut.contains(CUT)) {
      st.add(statement(body, "Sergei Lavrov", LAVROV, CUT, "said", List.of("bilateral")));
    }
    st.add(statement(body, "Sergei Lavrov", LAVROV, "Russia and China should intensify strategic coordination, Lavrov said.", "said", List.of("geopolitics")));
    List<Engagement> en = List.of(
        engagement(body, "phone_call", "040", "2021-02-04", null, paragraphs.get(0)),
        engagement("e2", "meeting", "042", List.of("Wang Yi", "Sergei Lavrov"), List.of(WANG, LAVROV), "2020-09-11",
            "Moscow", a.captions().get(0), new Mention(0, 0, ""), true));
    return new AnnotatedArticle(a, Optional.empty(), actors(body), st, en, events(en), List.of("geopolitics"));
  }

  static AnnotatedArticle dushanbe() {
    List<String> paragraphs = List.of(
        "Chinese State Councilor and Foreign Minister Wang Yi and Russian Foreign Minister Sergei Lavrov met in Dushanbe on Thursday.",
        "Wang said that China is ready to step up coordination with Russia on the Afghan issue and on Afghanistan's future.",
        "Lavrov said Russia and China share positions on Afghanistan and will work together at the SCO.");
    Article a = article("Chinese, Russian FMs pledge to step up bilateral cooperation", "Xinhua", LocalDate.of(2021, 9, 17), paragraphs, List.of());
    String body = a.body();
    return new AnnotatedArticle(a, Optional.empty(), actors(body),
        List.of(
            statement(body, "Wang Yi", WANG, paragraphs.get(1), "said", List.of("afghanistan")),
            statement(body, "Sergei Lavrov", LAVROV, paragraphs.get(2), "said", List.of("afghanistan"))),
        List.of(engagement(body, "meeting", "042", "2021-09-16", "Dushanbe", paragraphs.get(0))),
        List.of(),
        List.of("afghanistan"));
  }

  static AnnotatedArticle interview() {
    List<String> paragraphs = List.of(
        "Chinese State Councilor and Foreign Minister Wang Yi gave an interview to Xinhua on Wednesday.",
        "China and Russia will strengthen cooperation in four areas, Wang said.");
    Article a = article("China, Russia to strengthen cooperation in four areas: Chinese FM", "Chinanews", LocalDate.of(2020, 9, 17), paragraphs, List.of());
    String body = a.body();
    return new AnnotatedArticle(a, Optional.empty(), actors(body).subList(0, 1),
        List.of(statement(body, "Wang Yi", WANG, paragraphs.get(1), "said", List.of("bilateral"))),
        List.of(engagement("e1", "interview", "043", List.of("Wang Yi", "Xinhua"), List.of(WANG, "organization:xinhua"),
            "2020-09-16", null, paragraphs.get(0), span(body, paragraphs.get(0)), false)),
        List.of(),
        List.of("bilateral"));
  }

  static final String EQUAL_LEAD = "Chinese and Russian diplomats held consultations on Central Asia in Beijing on Monday.";

  /**
   * Two copies of one story with the same paragraphs: the first to arrive has no headline, outlet
   * or dateline (a bare feed item), the second has all three. Not in {@link #corpus()}.
   */
  public static List<AnnotatedArticle> equalCopies() {
    List<String> paragraphs = List.of(EQUAL_LEAD, "Both sides agreed to meet again before the end of the year, the statement said.");
    Article bare = new Article(ContentId.of("", paragraphs), "fixture/feed-item.txt", Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(StatedTime.ofDate(LocalDate.of(2021, 3, 1))), Optional.empty(),
        Dateline.NONE, Optional.empty(), List.of(), Optional.of("en"), Optional.empty(), List.of(), paragraphs, List.of());
    Article full = new Article(ContentId.of("China, Russia hold consultations on Central Asia", paragraphs), "fixture/Global-Times.txt",
        Optional.empty(), Optional.of("China, Russia hold consultations on Central Asia"), Optional.of("Global Times"),
        Optional.of("Xinhua"), Optional.of(StatedTime.ofDate(LocalDate.of(2021, 3, 1))), Optional.empty(),
        new Dateline(Optional.of("Beijing"), Optional.empty(), Optional.empty(), Optional.of("Xinhua")), Optional.empty(),
        List.of(), Optional.of("en"), Optional.empty(), List.of(), paragraphs, List.of());
    return List.of(AnnotatedArticle.of(bare), AnnotatedArticle.of(full));
  }

  public static final String VISIT_LEAD = "Russian Foreign Minister Sergei Lavrov will visit China from March 22 to 23, the Foreign Ministry said.";
  public static final String INVITATION_LEAD = "Wang Yi invited Sergei Lavrov to meet in Beijing later this year.";
  public static final String VISIT_REPORT_LEAD = "Sergei Lavrov arrived in Guilin on Monday for a two-day visit to China.";

  /**
   * Engagements that did not happen yet: a visit scheduled (Lavrov the visitor, Wang Yi the host)
   * and a meeting proposed, undated, in two independent stories. Not in {@link #corpus()}.
   */
  public static List<AnnotatedArticle> notYet() {
    Article visit = article("Lavrov to visit China next week", "Global Times", LocalDate.of(2021, 3, 19), List.of(VISIT_LEAD), List.of());
    Engagement scheduled = engagement("e1", EngagementType.VISIT, "042", List.of(party("Sergei Lavrov", LAVROV, "RU")),
        List.of(party("Wang Yi", WANG, "CN")), Status.SCHEDULED, "2021-03-22/2021-03-23", null, VISIT_LEAD, span(visit.body(), VISIT_LEAD));
    Article invitation = article("Wang invites Lavrov to Beijing", "CGTN", LocalDate.of(2021, 3, 25), List.of(INVITATION_LEAD), List.of());
    Engagement proposed = engagement("e1", EngagementType.MEETING, "040",
        List.of(party("Wang Yi", WANG, "CN"), party("Sergei Lavrov", LAVROV, "RU")), List.of(), Status.PROPOSED, null, "Beijing",
        INVITATION_LEAD, span(invitation.body(), INVITATION_LEAD));
    return List.of(annotated(visit, scheduled), annotated(invitation, proposed));
  }

  /**
   * An independent report (another story, another outlet) that the visit of {@link #notYet()}
   * happened, with its place. Not in {@link #corpus()}.
   */
  public static AnnotatedArticle visitReport() {
    Article a = article("Lavrov arrives in Guilin", "Xinhua", LocalDate.of(2021, 3, 22), List.of(VISIT_REPORT_LEAD), List.of());
    Engagement happened = engagement("e1", EngagementType.VISIT, "042", List.of(party("Sergei Lavrov", LAVROV, "RU")),
        List.of(party("Wang Yi", WANG, "CN")), Status.HAPPENED, "2021-03-22/2021-03-23", "Guilin", VISIT_REPORT_LEAD,
        span(a.body(), VISIT_REPORT_LEAD));
    return annotated(a, happened);
  }

  static AnnotatedArticle annotated(Article a, Engagement e) {
    return new AnnotatedArticle(a, Optional.empty(), actors(a.body()), List.of(), List.of(e), events(List.of(e)), List.of());
  }

  static Party party(String name, String id, String country) {
    return new Party(name, id, Optional.ofNullable(country), Sector.GOVERNMENT);
  }

  /** An engagement with its parties split into actors and recipients, the date stated when given. */
  static Engagement engagement(String id, EngagementType type, String cameo, List<Party> actors, List<Party> recipients,
      Status status, String date, String place, String evidence, Mention span) {
    Optional<DateSpan> day = DateSpan.parse(date);
    return new Engagement(id, type, cameo, type.consult() ? Optional.of(PloverType.CONSULT) : Optional.empty(),
        Optional.empty(), actors, recipients, status, day, day.isPresent() ? DateSource.STATED : DateSource.NONE,
        Optional.ofNullable(place), place == null ? PlaceSource.NONE : PlaceSource.STATED, evidence, span, false);
  }

  /** An article whose text is markup that must show as text. */
  public static AnnotatedArticle hostile() {
    List<String> paragraphs = List.of(
        "Beware <script>document.title='pwned'</script> of markup in text.",
        "An image <img src=x onerror=\"document.title='pwned'\"> must stay text.");
    Article a = article("Markup <b>test</b> page", "Test Outlet", LocalDate.of(2021, 1, 2), paragraphs, List.of());
    return AnnotatedArticle.of(a);
  }

  public static Article article(String title, String outlet, LocalDate day, List<String> paragraphs, List<String> captions) {
    return new Article(
        ContentId.of(title, paragraphs),
        "fixture/" + outlet.replace(' ', '-') + ".txt",
        Optional.of(URI.create("https://example.org/" + ContentId.of(title, paragraphs))),
        Optional.of(title),
        Optional.of(outlet),
        Optional.of("Xinhua"),
        Optional.of(StatedTime.ofDate(day)),
        Optional.empty(),
        Dateline.NONE,
        Optional.empty(),
        List.of(),
        Optional.of("en"),
        Optional.empty(),
        captions,
        paragraphs,
        List.of(new Removed("Share this story on Weibo", Removed.Reason.SHARE)));
  }

  static List<Actor> actors(String body) {
    return List.of(
        new Actor(WANG, "Wang Yi", Actor.Kind.PERSON, List.of("State Councilor", "Foreign Minister"), Optional.of("CN"), Optional.empty(), mentions(body, "Wang")),
        new Actor(LAVROV, "Sergei Lavrov", Actor.Kind.PERSON, List.of("Foreign Minister"), Optional.of("RU"), Optional.empty(), mentions(body, "Lavrov")));
  }

  static Statement statement(String body, String speaker, String id, String sentence, String cue, List<String> topics) {
    Mention s = span(body, sentence);
    String name = speaker.substring(speaker.lastIndexOf(' ') + 1);
    int at = sentence.indexOf(name);
    Mention source = at < 0 ? new Mention(s.start(), s.start(), "") : new Mention(s.start() + at, s.start() + at + name.length(), name);
    return new Statement(speaker, id, source, cue, sentence, s, sentence, s, Statement.Mode.REPORTED, Optional.empty(), topics);
  }

  static Engagement engagement(String body, String type, String cameo, String date, String place, String evidence) {
    return engagement("e1", type, cameo, List.of("Wang Yi", "Sergei Lavrov"), List.of(WANG, LAVROV), date, place, evidence,
        span(body, evidence), false);
  }

  /** An engagement whose parties are all actors (a symmetric encounter) that happened. */
  static Engagement engagement(String id, String type, String cameo, List<String> names, List<String> ids, String date,
      String place, String evidence, Mention span, boolean caption) {
    EngagementType kind = EngagementType.of(type);
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      parties.add(new Party(names.get(i), ids.get(i), Optional.empty(), Sector.GOVERNMENT));
    }
    Optional<DateSpan> day = DateSpan.parse(date);
    return new Engagement(id, kind, cameo, kind.consult() ? Optional.of(PloverType.CONSULT) : Optional.empty(),
        Optional.empty(), parties, List.of(), Status.HAPPENED, day, day.isPresent() ? DateSource.STATED : DateSource.NONE,
        Optional.ofNullable(place), place == null ? PlaceSource.NONE : PlaceSource.STATED, evidence, span, caption);
  }

  static List<Event> events(List<Engagement> engagements) {
    return engagements.stream().flatMap(e -> Event.of(e).stream()).toList();
  }

  static Mention span(String body, String text) {
    int at = body.indexOf(text);
    if (at < 0) {
      throw new IllegalArgumentException("not in body: " + text);
    }
    return new Mention(at, at + text.length(), text);
  }

  static List<Mention> mentions(String body, String word) {
    List<Mention> out = new ArrayList<>();
    for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      out.add(new Mention(at, at + word.length(), word));
    }
    return out;
  }

  /** Groups articles with the same first paragraph into one story whose id is the first member's. */
  private static final class TitleGrouper implements Grouper {
    private final Map<String, String> storyOfLead = new LinkedHashMap<>();
    private final Map<String, List<String>> paragraphsOfStory = new LinkedHashMap<>();
    private final Map<String, String> storyOfArticle = new LinkedHashMap<>();
    private final Map<String, List<StoryMember>> members = new LinkedHashMap<>();

    @Override
    public StoryAssignment add(Article a) {
      if (storyOfArticle.containsKey(a.id())) {
        return new StoryAssignment(a.id(), storyOfArticle.get(a.id()), Set.of());
      }
      String sid = storyOfLead.computeIfAbsent(a.paragraphs().isEmpty() ? a.id() : a.paragraphs().get(0), t -> "s" + a.id());
      storyOfArticle.put(a.id(), sid);
      List<StoryMember> m = members.computeIfAbsent(sid, k -> new ArrayList<>());
      List<String> first = paragraphsOfStory.computeIfAbsent(sid, k -> a.paragraphs());
      List<String> cut = first.stream().filter(p -> !a.paragraphs().contains(p)).toList();
      List<String> added = a.paragraphs().stream().filter(p -> !first.contains(p)).toList();
      m.add(new StoryMember(a.id(), a.source(), a.outlet(), cut.isEmpty() && added.isEmpty() ? 1.0 : 0.8, cut, added));
      return new StoryAssignment(a.id(), sid, Set.of());
    }

    @Override
    public Optional<Story> story(String id) {
      List<StoryMember> m = members.get(id);
      if (m == null) {
        return Optional.empty();
      }
      return Optional.of(new Story(id, m.get(0).articleId(), m,
          m.stream().flatMap(x -> x.outlet().stream()).distinct().toList(), List.of("Xinhua")));
    }

    @Override
    public Optional<String> storyOf(String articleId) {
      return Optional.ofNullable(storyOfArticle.get(articleId));
    }
  }
}
