package dev.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a summary evaluation set: JSON Lines with id, text, reference and optional references. */
public final class SummaryDataset {
  private SummaryDataset() {}

  public static List<EvalArticle> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<EvalArticle> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      if (!node.hasNonNull("text") || !node.hasNonNull("reference")) {
        throw new IOException(jsonl + ":" + lineNo + ": missing 'text' or 'reference'");
      }
      List<String> references = new ArrayList<>();
      node.path("references").forEach(r -> references.add(r.asText()));
      out.add(
          new EvalArticle(
              node.path("id").asText("line-" + lineNo),
              node.get("text").asText(),
              node.get("reference").asText(),
              references));
    }
    return out;
  }
}
