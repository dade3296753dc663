package dev.newsbot.source.extract;

/** An invented story's paragraphs as a page's HTML, long enough to be read as an article. */
final class StoryHtml {
  static final String PARAGRAPHS =
      "<p>The ferry timetable changes on Monday, when the first boat leaves at six and the last"
          + " returns at ten, two hours earlier than in summer.</p>"
          + "<p>The operator says fewer people travel in winter, and the crews need the evenings"
          + " for the repairs the storms make necessary every year.</p>"
          + "<p>Residents of the outer islands asked for one late boat on Fridays, which the"
          + " operator has promised to consider before the spring timetable is set.</p>";

  private StoryHtml() {}

  /** {@link #PARAGRAPHS} once for each subject, about it instead of the ferry. */
  static String paragraphsAbout(String... subjects) {
    StringBuilder html = new StringBuilder();
    for (String subject : subjects) {
      html.append(PARAGRAPHS.replace("ferry", subject));
    }
    return html.toString();
  }
}
