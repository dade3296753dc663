package dev.newsbot.summary;

import dev.newsbot.news.BodyBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Summarises by choosing whole sentences of the article (and its standfirst) within a budget:
 * sentences are scored by position, centrality and closeness to the title, then the subset that
 * promises most per word without repeating itself is shown in article order. In English text (see
 * {@link EnglishText}), a long sentence may be shown without its trailing clause (see {@link
 * ClauseTrimmer}) when that leaves room for more news or is all that fits, and a sentence that
 * opens by pointing back ("He said ...", "However, ...", see {@link BackReference}) is shown only
 * after the one before it; those rules know English words only, so other languages are neither
 * trimmed nor held back. A sentence is never cut anywhere else. Two sentences that say nearly the
 * same thing (see {@link Restatement}), the standfirst and the lead among them, never both appear.
 * Boilerplate and a teaser's truncation marks are never shown; the title is never repeated; a short
 * article comes back whole, less its repeats; a text with no prose sentence gives an empty summary.
 */
public final class ExtractiveSummarizer implements Summarizer {
  /** Fewer terms than this is not a sentence worth showing ("Fire.", "Read on."). */
  private static final int MIN_PROSE_TERMS = 4;

  /** How a stored body marks a subheading: a heading, not a sentence. */
  private static final String SUBHEADING = BodyBlock.Kind.HEADING.mark();

  private final SummaryBudget budget;
  private final Set<String> stopwords;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TermTokenizer tokenizer = new TermTokenizer();
  private final SentenceCleaner cleaner = new SentenceCleaner(tokenizer);
  private final ClauseTrimmer trimmer = new ClauseTrimmer(tokenizer);
  private final SentenceScorer scorer;
  private final Restatement restatement;
  private final SentenceSelector selector;

  /** A summariser with {@link SummaryBudget#DEFAULT}. */
  public ExtractiveSummarizer() {
    this(SummaryBudget.DEFAULT);
  }

  public ExtractiveSummarizer(SummaryBudget budget) {
    this(budget, ScoringWeights.DEFAULT, Stopwords.ENGLISH);
  }

  ExtractiveSummarizer(SummaryBudget budget, ScoringWeights weights, Set<String> stopwords) {
    this.budget = Objects.requireNonNull(budget, "budget == null");
    this.stopwords = Set.copyOf(stopwords);
    this.scorer = new SentenceScorer(Objects.requireNonNull(weights, "weights == null"));
    this.restatement = new Restatement(this.stopwords, weights.restatement());
    this.selector = new SentenceSelector(weights, restatement);
  }

  @Override
  public String summarize(SummaryRequest request) {
    String titleKey = key(request.title());
    List<Candidate> body =
        bodyCandidates(
            cleaner.withoutTeaserEnding(request.text()), request.title().strip(), titleKey);
    if (body.isEmpty()) {
      return "";
    }
    // one sentence more than the budget allows is enough to tell that the article is too long
    List<Candidate> once = restatement.firstSayings(body, budget.maxSentences() + 1);
    if (fitsWhole(once)) {
      return join(once);
    }
    List<Candidate> all = new ArrayList<>(body.size() + 1);
    standfirstCandidate(request.standfirst(), titleKey).ifPresent(all::add);
    all.addAll(body);

    List<List<String>> terms = new ArrayList<>(all.size());
    List<String> allTerms = new ArrayList<>();
    for (Candidate c : all) {
      terms.add(c.terms());
      allTerms.addAll(c.terms());
    }
    TermSpace space = new TermSpace(terms, stopwords);
    boolean english = EnglishText.isEnglish(body);
    if (english) {
      all.addAll(trimmed(body));
    }
    List<SparseVector> vectors = new ArrayList<>(all.size());
    for (Candidate c : all) {
      vectors.add(space.vector(c.terms()));
    }
    SparseVector title = space.vector(tokenizer.terms(request.title()));
    double[] scores = scorer.score(all, vectors, space.vector(allTerms), title);

    List<Integer> chosen = selector.select(all, scores, vectors, budget, english);
    if (chosen.isEmpty()) {
      return truncate(all.get(best(scores)).text(), budget.maxChars());
    }
    List<Candidate> picked = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      picked.add(all.get(i));
    }
    picked.sort(Comparator.comparingInt(Candidate::position));
    return join(picked);
  }

  /**
   * The body sentences that can lose a trailing clause, without it. Each keeps its sentence's
   * position, which makes it an alternative to the whole sentence, never shown beside it. Their
   * terms stay out of the article's term space and centroid: the article is not said twice.
   */
  private List<Candidate> trimmed(List<Candidate> body) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : body) {
      trimmer
          .withoutTrailingClause(c.text())
          .ifPresent(t -> out.add(new Candidate(t, c.position(), tokenizer.terms(t))));
    }
    return out;
  }

  /**
   * The stored body without its table rows (cells, not sentences), and its quotations without their
   * marks; subheadings keep theirs, to be told from sentences.
   */
  private static String prose(String text) {
    StringJoiner out = new StringJoiner("\n\n");
    for (BodyBlock block : BodyBlock.parse(text)) {
      switch (block.kind()) {
        case TABLE_ROW -> {}
        case QUOTE -> out.add(block.text());
        default -> out.add(block.kind().mark() + block.text());
      }
    }
    return out.toString();
  }

  private List<Candidate> bodyCandidates(String text, String title, String titleKey) {
    List<Candidate> out = new ArrayList<>();
    for (String sentence : splitter.split(prose(text))) {
      String s = withoutTitlePrefix(cleaner.clean(sentence), title);
      if (s.isEmpty() || s.startsWith(SUBHEADING) || !endsLikeSentence(s)) {
        continue;
      }
      List<String> terms = tokenizer.terms(s);
      if (terms.size() >= MIN_PROSE_TERMS
          && !isShouting(s)
          && !String.join(" ", terms).equals(titleKey)) {
        out.add(new Candidate(s, out.size(), terms));
      }
    }
    return out;
  }

  /**
   * The standfirst as one candidate, with a full stop added if the site left it off. A teaser the
   * feed cut ("... and the kitchen was […]") keeps only its whole sentences.
   */
  private Optional<Candidate> standfirstCandidate(String standfirst, String titleKey) {
    String whole = standfirst.strip().replaceAll("\\s+", " ");
    String uncut = cleaner.withoutTeaserEnding(whole);
    String s = cleaner.clean(uncut.length() < whole.length() ? wholeSentences(uncut) : uncut);
    List<String> terms = tokenizer.terms(s);
    if (terms.size() < MIN_PROSE_TERMS
        || key(s).equals(titleKey)
        || s.length() > budget.maxChars()) {
      return Optional.empty();
    }
    if (!endsLikeSentence(s) && Character.isLetterOrDigit(s.codePointBefore(s.length()))) {
      s = s + (TermTokenizer.isUnspaced(s.codePointBefore(s.length())) ? "。" : ".");
    }
    return Optional.of(new Candidate(s, -1, terms));
  }

  /** The sentences of {@code text} up to the first that does not end like one. */
  private String wholeSentences(String text) {
    List<Candidate> sentences = new ArrayList<>();
    for (String sentence : splitter.split(text)) {
      if (!endsLikeSentence(sentence)) {
        break;
      }
      sentences.add(new Candidate(sentence, sentences.size(), List.of()));
    }
    return join(sentences);
  }

  private boolean fitsWhole(List<Candidate> body) {
    return body.size() <= budget.maxSentences() && join(body).length() <= budget.maxChars();
  }

  /**
   * Extraction sometimes glues the headline to the first sentence: "Fire in Yishun Residents fled
   * ...".
   */
  private static String withoutTitlePrefix(String s, String title) {
    if (title.isEmpty()
        || s.length() <= title.length()
        || !s.regionMatches(true, 0, title, 0, title.length())) {
      return s;
    }
    String rest = s.substring(title.length()).strip();
    return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) ? rest : s;
  }

  private String key(String s) {
    return String.join(" ", tokenizer.terms(s));
  }

  private static boolean endsLikeSentence(String s) {
    int i = s.length();
    while (i > 0 && "\"'”’)]»」』）".indexOf(s.charAt(i - 1)) >= 0) {
      i--;
    }
    return i > 0 && ".!?…。！？｡।؟".indexOf(s.charAt(i - 1)) >= 0;
  }

  /** All capitals and no lower case at all: a heading or a banner, not prose. */
  private static boolean isShouting(String s) {
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }

  private static int best(double[] scores) {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Cuts at the last space that leaves room for "…"; at a character for unspaced scripts. */
  private static String truncate(String s, int maxChars) {
    int cut = maxChars - 1;
    if (Character.isLowSurrogate(s.charAt(cut))) {
      cut--;
    }
    int space = s.lastIndexOf(' ', cut);
    if (space > maxChars / 2) {
      cut = space;
    }
    return s.substring(0, cut).stripTrailing().replaceAll("[\\p{Punct}&&[^)\\]\"'%]]+$", "") + "…";
  }

  /** Joins with spaces, except after a CJK full stop, which carries its own spacing. */
  private static String join(List<Candidate> sentences) {
    StringBuilder b = new StringBuilder();
    for (Candidate c : sentences) {
      if (b.length() > 0 && !isCjkEnd(b.charAt(b.length() - 1))) {
        b.append(' ');
      }
      b.append(c.text());
    }
    return b.toString();
  }

  private static boolean isCjkEnd(char c) {
    return "。！？｡」』）".indexOf(c) >= 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ExtractiveSummarizer[%s]", budget);
  }
}
