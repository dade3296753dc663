package dev.newsbot.delivery;

import dev.newsbot.news.Article;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders articles as Telegram HTML, escaping every string that came from a web page. */
public final class MessageFormatter {
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
  public String push(Article article) {
    StringBuilder out = new StringBuilder();
    out.append("<b>").append(link(article)).append("</b>\n");
    out.append("<i>").append(byline(article)).append("</i>");
    String body = article.summary().isBlank() ? article.standfirst() : article.summary();
    if (!body.isBlank()) {
      out.append("\n\n").append(escape(body));
    }
    return out.toString();
  }

  /** The reply to /latest: numbered so that /summary N can refer to an entry. */
  public String latest(List<Article> articles) {
    StringBuilder out = new StringBuilder("<b>Latest articles</b>\n");
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      out.append('\n').append(i + 1).append(". ").append(link(a)).append('\n');
      out.append("    <i>").append(byline(a)).append("</i>");
    }
    return out.toString();
  }

  private String link(Article a) {
    return "<a href=\"" + escape(a.url().toString()) + "\">" + escape(a.title()) + "</a>";
  }

  private String byline(Article a) {
    return escape(a.sourceName()) + " · " + time.format(a.shownTime());
  }
}
