package dev.newsbot.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The first sentences of the article, up to a word budget: the plain summary a wire story opens with. */
public final class LeadSummarizer implements Summarizer {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");

  private final int maxSentences;
  private final int maxWords;

  public LeadSummarizer(int maxSentences, int maxWords) {
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
  }

  @Override
  public String summarize(SummaryRequest request) {
    List<String> picked = new ArrayList<>();
    int words = 0;
    for (String paragraph : request.text().split("\\n\\s*\\n")) {
      for (String sentence : SENTENCE_END.split(paragraph.strip())) {
        String s = sentence.strip();
        if (s.isEmpty() || s.equalsIgnoreCase(request.title().strip())) {
          continue;
        }
        int n = s.split("\\s+").length;
        if (!picked.isEmpty() && (words + n > maxWords || picked.size() >= maxSentences)) {
          return String.join(" ", picked);
        }
        picked.add(s);
        words += n;
      }
    }
    return String.join(" ", picked);
  }
}
