package dev.newsbot.summary;

import java.util.Set;

/**
 * English function words, left out of term vectors so that "the" and "said" do not make two
 * sentences look alike. Optional: within one article the idf already weighs such words down, which
 * is what other languages rely on.
 */
final class Stopwords {
  static final Set<String> ENGLISH =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "so", "of", "to", "in", "on", "at", "for",
          "with", "by", "from", "as", "into", "about", "over", "after", "before", "than", "then",
          "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
          "did", "will", "would", "can", "could", "should", "may", "might", "must", "it", "its",
          "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "him", "her",
          "them", "us", "me", "his", "their", "our", "your", "my", "who", "whom", "which", "what",
          "when", "where", "while", "there", "here", "not", "no", "also", "said", "says", "say",
          "if", "up", "out", "just", "s", "t", "all", "more", "most", "some", "such", "only",
          "very", "one");

  private Stopwords() {}
}
