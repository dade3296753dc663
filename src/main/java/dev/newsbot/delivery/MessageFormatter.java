package dev.newsbot.delivery;

import dev.newsbot.news.Article;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders articles as Telegram messages, escaping every string that came from a web page and
 * keeping within Telegram's length limits (counted after entities are parsed, as Telegram does).
 */
public final class MessageFormatter {
  /** A title longer than this is cut; real ones are far shorter. */
  private static final int MAX_TITLE = 300;

  private final DateTimeFormatter time;

  public MessageFormatter(ZoneId zone) {
    this.time = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(zone);
  }

  /** Escapes text for Telegram's HTML parse mode, attributes included. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The message pushed to subscribers: linked bold title, source and time, then the summary. */
  public OutgoingMessage push(Article article) {
    return push(article, false, 0);
  }

  /**
   * The push for one article.
   *
   * @param withPhoto send the lead image with the text as its caption, if the article has one
   * @param more how many older articles were left out of this chat's backlog; 0 for none
   */
  public OutgoingMessage push(Article article, boolean withPhoto, int more) {
    boolean photo = withPhoto && article.image() != null;
    Parts parts =
        parts(article, more, photo ? OutgoingMessage.MAX_CAPTION : OutgoingMessage.MAX_TEXT);
    StringBuilder html = new StringBuilder();
    html.append("<b><a href=\"")
        .append(escape(article.url().toString()))
        .append("\">")
        .append(escape(parts.title()))
        .append("</a></b>\n");
    html.append("<i>").append(escape(parts.byline())).append("</i>");
    if (!parts.body().isEmpty()) {
      html.append("\n\n").append(escape(parts.body()));
    }
    if (!parts.more().isEmpty()) {
      html.append("\n\n<i>").append(escape(parts.more())).append("</i>");
    }
    return new OutgoingMessage(
        html.toString(), OutgoingMessage.Format.HTML, !photo, photo ? article.image() : null);
  }

  /** The push again in plain text, for when Telegram refused our HTML. */
  public OutgoingMessage plainPush(Article article, int more) {
    Parts parts =
        parts(article, more, OutgoingMessage.MAX_TEXT - article.url().toString().length() - 1);
    StringBuilder text =
        new StringBuilder(parts.title())
            .append('\n')
            .append(article.url())
            .append('\n')
            .append(parts.byline());
    if (!parts.body().isEmpty()) {
      text.append("\n\n").append(parts.body());
    }
    if (!parts.more().isEmpty()) {
      text.append("\n\n").append(parts.more());
    }
    return new OutgoingMessage(
        Shortener.fit(text.toString(), OutgoingMessage.MAX_TEXT),
        OutgoingMessage.Format.PLAIN,
        true,
        null);
  }

  /** What a push says, each part cut so that the whole fits {@code limit} visible characters. */
  private record Parts(String title, String byline, String body, String more) {}

  private Parts parts(Article article, int more, int limit) {
    String title = Shortener.fit(article.title(), MAX_TITLE);
    String byline = byline(article);
    String moreLine =
        more > 0
            ? "+ "
                + more
                + (more == 1 ? " more new article" : " more new articles")
                + " while you were away: /latest"
            : "";
    String summary = article.summary().isBlank() ? article.standfirst() : article.summary();
    int fixed =
        title.length() + 1 + byline.length() + (moreLine.isEmpty() ? 0 : 2 + moreLine.length());
    int room = limit - fixed - 2;
    String body = room > 20 ? Shortener.fit(summary.strip(), room) : "";
    return new Parts(title, byline, body, moreLine);
  }

  /** The reply to /latest: numbered so that /summary N can refer to an entry. */
  public String latest(List<Article> articles) {
    StringBuilder out = new StringBuilder("<b>Latest articles</b>\n");
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      out.append('\n')
          .append(i + 1)
          .append(". ")
          .append("<a href=\"")
          .append(escape(a.url().toString()))
          .append("\">")
          .append(escape(Shortener.fit(a.title(), MAX_TITLE)))
          .append("</a>\n");
      out.append("    <i>").append(escape(byline(a))).append("</i>");
    }
    return out.toString();
  }

  /** "Source · time", as every message about an article shows it. */
  String byline(Article a) {
    return a.sourceName() + " · " + time.format(a.shownTime());
  }
}
