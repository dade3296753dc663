package dev.newsbot.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .env} file of {@code KEY=value} lines, as docker compose and most tools write
 * them.
 */
final class DotEnv {
  private DotEnv() {}

  /** Returns the variables in {@code file}, or none when it does not exist. */
  static Map<String, String> read(Path file) throws ConfigException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    return parse(lines, file.toString());
  }

  static Map<String, String> parse(List<String> lines, String fileName) throws ConfigException {
    Map<String, String> vars = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        // The line is not quoted: it may be a secret, such as a token pasted without its key.
        throw new ConfigException(
            fileName
                + " line "
                + (i + 1)
                + ": expected KEY=value (the line is not shown, as it may hold a secret)");
      }
      vars.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
    }
    return vars;
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
        return value.substring(1, value.length() - 1);
      }
    }
    int comment = value.indexOf(" #");
    return comment >= 0 ? value.substring(0, comment).strip() : value;
  }
}
