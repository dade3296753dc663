package dev.newsbot.source.extract;

import java.util.List;
import java.util.Objects;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Per-site additions to the generic extraction, such as CSS selectors of blocks to drop before the
 * main content is looked for.
 *
 * @param removeSelectors CSS selectors (jsoup syntax) of elements to remove from the page
 */
public record ExtractionRules(List<String> removeSelectors) {
  private static final ExtractionRules NONE = new ExtractionRules(List.of());

  public ExtractionRules {
    removeSelectors =
        List.copyOf(Objects.requireNonNull(removeSelectors, "removeSelectors == null"));
    for (String selector : removeSelectors) {
      parse(selector); // fail at configuration time, not on the first page
    }
  }

  /** No site-specific rules. */
  public static ExtractionRules none() {
    return NONE;
  }

  List<Evaluator> removeEvaluators() {
    return removeSelectors.stream().map(ExtractionRules::parse).toList();
  }

  private static Evaluator parse(String selector) {
    if (selector.isBlank()) {
      throw new IllegalArgumentException("remove selector is blank");
    }
    try {
      return Selector.evaluatorOf(selector);
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException(
          "remove selector '" + selector + "' is not valid CSS: " + e.getMessage(), e);
    }
  }
}
