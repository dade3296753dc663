package dev.newsbot.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text parts of a multipart/form-data body into a JSON object, as sendPhoto arrives. */
final class Multipart {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

  private Multipart() {}

  static ObjectNode parse(byte[] body, String contentType) {
    ObjectNode out = new ObjectMapper().createObjectNode();
    Matcher b = BOUNDARY.matcher(contentType);
    if (!b.find()) {
      return out;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    for (String part : text.split("--" + Pattern.quote(b.group(1)))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      Matcher name = NAME.matcher(part.substring(0, split));
      if (name.find()) {
        String value = part.substring(split + 4);
        if (value.endsWith("\r\n")) {
          value = value.substring(0, value.length() - 2);
        }
        out.put(name.group(1), value);
      }
    }
    return out;
  }
}
