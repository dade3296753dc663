package dev.newsbot.summary;

/** The LLM gave no usable summary: unreachable, timed out, refused, or answered nonsense. */
final class LlmException extends Exception {
  LlmException(String message) {
    super(message);
  }

  LlmException(String message, Throwable cause) {
    super(message, cause);
  }
}
