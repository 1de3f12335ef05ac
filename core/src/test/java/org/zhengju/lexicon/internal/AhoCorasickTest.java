package org.zhengju.lexicon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

  private static List<String> find(AhoCorasick ac, String text) {
    List<String> out = new ArrayList<>();
    ac.search(text, (p, s, e) -> out.add(p + "@" + s + "-" + e));
    out.sort(null);
    return out;
  }

  private static List<String> naive(List<String> patterns, String text) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      String pat = patterns.get(p);
      for (int i = text.indexOf(pat); i >= 0; i = text.indexOf(pat, i + 1))
        out.add(p + "@" + i + "-" + (i + pat.length()));
    }
    out.sort(null);
    return out;
  }

  @Test
  void findsOverlappingAndNestedOccurrencesWithOffsets() {
    AhoCorasick ac = new AhoCorasick(List.of("he", "she", "his", "hers"));
    assertThat(find(ac, "ushers")).containsExactly("0@2-4", "1@1-4", "3@2-6");
  }

  @Test
  void reportsDuplicatePatternsSeparately() {
    AhoCorasick ac = new AhoCorasick(List.of("援疆", "援疆"));
    assertThat(find(ac, "对口援疆")).containsExactly("0@2-4", "1@2-4");
  }

  @Test
  void foldsLatinCaseButNotOtherScripts() {
    AhoCorasick ac = new AhoCorasick(List.of("XPCC", "ürümqi"));
    assertThat(find(ac, "the xpcc and ÜRÜMQI")).containsExactly("0@4-8", "1@13-19");
  }

  @Test
  void rejectsEmptyPatterns() {
    assertThatThrownBy(() -> new AhoCorasick(List.of("a", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patterns[1]");
  }

  @Test
  void findsExactlyWhatANaiveScanFindsOnRandomInputs() {
    Random random = new Random(20261129L);
    char[] alphabet = {'a', 'b', 'c', '疆'};
    for (int round = 0; round < 400; round++) {
      List<String> patterns = new ArrayList<>();
      int count = 1 + random.nextInt(12);
      for (int p = 0; p < count; p++)
        patterns.add(randomString(random, alphabet, 1 + random.nextInt(5)));
      String text = randomString(random, alphabet, random.nextInt(300));
      AhoCorasick ac = new AhoCorasick(patterns);
      assertThat(find(ac, text))
          .as("patterns %s in %s", patterns, text)
          .isEqualTo(naive(patterns, text));
    }
  }

  private static String randomString(Random random, char[] alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
    return b.toString();
  }
}
