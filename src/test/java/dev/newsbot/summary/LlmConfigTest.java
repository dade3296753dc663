package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmConfigTest {
  @Test
  void appendsChatCompletionsToABaseUrl() {
    assertEquals(
        URI.create("https://api.openai.com/v1/chat/completions"),
        new LlmConfig(URI.create("https://api.openai.com/v1"), "m", Optional.empty()).endpoint());
  }

  @Test
  void appendsChatCompletionsAfterATrailingSlash() {
    assertEquals(
        URI.create("http://localhost:11434/v1/chat/completions"),
        new LlmConfig(URI.create("http://localhost:11434/v1/"), "m", Optional.empty()).endpoint());
  }

  @Test
  void keepsAFullEndpointUrl() {
    URI full =
        URI.create(
            "https://example.test/openai/deployments/d/chat/completions?api-version=2024-10-21");
    assertEquals(full, new LlmConfig(full, "m", Optional.empty()).endpoint());
  }

  @Test
  void treatsABlankKeyAsNoKey() {
    assertEquals(
        Optional.empty(),
        new LlmConfig(URI.create("http://localhost/v1"), "m", Optional.of("  ")).apiKey());
  }

  @Test
  void redactsTheKeyInToString() {
    String s =
        new LlmConfig(URI.create("https://api.example.test/v1"), "m", Optional.of("sk-secret"))
            .toString();
    assertEquals("LlmConfig[url=https://api.example.test/v1, model=m, apiKey=(redacted)]", s);
    assertFalse(s.contains("sk-secret"));
  }

  @Test
  void rejectsANonHttpUrl() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LlmConfig(URI.create("ftp://files.example.test/v1"), "m", Optional.empty()));
    assertEquals(
        "LLM url is not an http(s) URL with a host: ftp://files.example.test/v1", e.getMessage());
  }

  @Test
  void rejectsABlankModel() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LlmConfig(URI.create("http://localhost/v1"), " ", Optional.empty()));
    assertEquals("LLM model is blank", e.getMessage());
  }
}
