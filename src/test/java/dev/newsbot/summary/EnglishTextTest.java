package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which texts read as English. The texts are invented. */
class EnglishTextTest {
  private static List<Candidate> sentences(String text) {
    TermTokenizer tokenizer = new TermTokenizer();
    List<Candidate> out = new ArrayList<>();
    for (String s : new SentenceSplitter().split(text)) {
      out.add(new Candidate(s, out.size(), tokenizer.terms(s)));
    }
    return out;
  }

  @Test
  void readsEnglishAsEnglish() {
    assertTrue(
        EnglishText.isEnglish(
            sentences(
                "The harbour board approved a new ferry terminal at Pasir Quay on Monday. It will"
                    + " replace the wooden jetty that island commuters have used for decades.")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // German
        "Ein Warnstreik der Lokführer hat am Montag den Regionalverkehr in Bayern lahmgelegt. So"
            + " viele Pendler wie nie standen in München und Nürnberg an den Bahnsteigen.",
        // Malay, quoting a minister in English
        "Lembaga pelabuhan meluluskan terminal feri baharu di Pasir Quay pada hari Isnin. Terminal"
            + " itu akan menggantikan jeti kayu yang digunakan penduduk pulau sejak sekian lama."
            + " Menteri berkata: \"It is the right time.\"",
        // Chinese
        "港务局周一批准在巴西码头兴建新的渡轮码头。新码头将取代岛民使用多年的木制栈桥。",
        // no words at all
        "2026 – 2030."
      })
  void readsOtherLanguagesAsNotEnglish(String text) {
    assertFalse(EnglishText.isEnglish(sentences(text)));
  }
}
