package dev.newsbot.summary;

/** Writes a short summary of an article. */
public interface Summarizer {
  /** Returns the summary, or an empty string when the text holds nothing worth summarising. */
  String summarize(SummaryRequest request);
}
