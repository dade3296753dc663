package dev.newsbot.summary;

import java.util.Objects;

/**
 * What a summary is made from.
 *
 * @param title the headline; never repeated verbatim in the summary
 * @param standfirst the site's one-line subtitle, or empty
 * @param text the body, paragraphs separated by blank lines
 */
public record SummaryRequest(String title, String standfirst, String text) {
  public SummaryRequest {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(standfirst, "standfirst == null");
    Objects.requireNonNull(text, "text == null");
  }
}
