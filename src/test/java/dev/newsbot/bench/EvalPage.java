package dev.newsbot.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation page and its truth. Fields without truth are null (text for snippet-scored pages,
 * snippets for text-scored pages).
 */
record EvalPage(
    String name,
    Path source,
    URI url,
    String expectedText,
    List<String> with,
    List<String> without,
    String title,
    String author,
    LocalDate date,
    boolean readerable) {
  EvalPage {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(url, "url == null");
    with = with == null ? List.of() : List.copyOf(with);
    without = without == null ? List.of() : List.copyOf(without);
  }
}
