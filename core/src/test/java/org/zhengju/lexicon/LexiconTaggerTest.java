package org.zhengju.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;

class LexiconTaggerTest {

  private static LexiconEntry entry(String term, Category category) {
    return new LexiconEntry(
        term,
        Optional.empty(),
        List.of(),
        category,
        Optional.empty(),
        Specificity.HIGH,
        Optional.empty());
  }

  private static LexiconEntry english(String term, String... glosses) {
    return new LexiconEntry(
        term,
        Optional.empty(),
        List.of(glosses),
        Category.LABOUR_TRANSFER,
        Optional.empty(),
        Specificity.MEDIUM,
        Optional.empty());
  }

  private static NormalizedText identity(String s) {
    return new NormalizedText(s, s, OffsetMap.identity(s.length()));
  }

  private static List<String> spans(List<TermMatch> matches) {
    return matches.stream()
        .map(
            m ->
                m.entry().term()
                    + "@"
                    + m.normalizedStart()
                    + "-"
                    + m.normalizedEnd()
                    + "/"
                    + m.start()
                    + "-"
                    + m.end())
        .toList();
  }

  @Test
  void reportsAllOverlappingMatchesByStartThenLongestFirst() {
    LexiconTagger tagger =
        new LexiconTagger(
            Lexicon.of(
                List.of(
                    entry("富余劳动力", Category.SURPLUS_LABOUR),
                    entry("农村富余劳动力", Category.SURPLUS_LABOUR),
                    entry("劳动力转移", Category.LABOUR_TRANSFER),
                    entry("和田", Category.XINJIANG_PLACE))));
    //                     0123456789012345
    String s = "和田县农村富余劳动力转移就业";
    assertThat(spans(tagger.tag(identity(s))))
        .containsExactly("和田@0-2/0-2", "农村富余劳动力@3-10/3-10", "富余劳动力@5-10/5-10", "劳动力转移@7-12/7-12");
  }

  @Test
  void mapsMatchesBackToSourceOffsetsThroughANonIdentityMap() {
    // source: 前 ' ' 言 \n \n 组 织 富 余 \n 劳 动 力 ; the normalizer dropped the whitespace
    String source = "前 言\n\n组织富余\n劳动力";
    String normalized = "前言组织富余劳动力";
    OffsetMap.Builder b = new OffsetMap.Builder(normalized.length());
    for (int i = 0; i < source.length(); i++)
      if (!Character.isWhitespace(source.charAt(i))) b.add(i, i + 1);
    NormalizedText text = new NormalizedText(normalized, normalized, b.build(source.length()));
    LexiconTagger tagger =
        new LexiconTagger(Lexicon.of(List.of(entry("富余劳动力", Category.SURPLUS_LABOUR))));
    List<TermMatch> matches = tagger.tag(text);
    assertThat(spans(matches)).containsExactly("富余劳动力@4-9/7-13");
    assertThat(source.substring(matches.get(0).start(), matches.get(0).end())).isEqualTo("富余\n劳动力");
  }

  @Test
  void matchesFoldedMatchTextAndTheTraditionalFormWhenNotFolded() {
    LexiconEntry e =
        new LexiconEntry(
            "农村富余劳动力",
            Optional.of("農村富餘勞動力"),
            List.of(),
            Category.SURPLUS_LABOUR,
            Optional.empty(),
            Specificity.MEDIUM,
            Optional.empty());
    LexiconTagger tagger = new LexiconTagger(Lexicon.of(List.of(e)));
    NormalizedText folded = new NormalizedText("組織農村富餘勞動力", "组织农村富余劳动力", OffsetMap.identity(9));
    assertThat(spans(tagger.tag(folded))).containsExactly("农村富余劳动力@2-9/2-9");
    assertThat(spans(tagger.tag(identity("組織農村富餘勞動力")))).containsExactly("农村富余劳动力@2-9/2-9");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We use Labour Transfer here|labour transfer@7-22",
        "the LABOR TRANSFER scheme|labour transfer@4-18",
        "relabour transfers|",
        "labour transferred|",
        "(labour transfer)|labour transfer@1-16",
        "劳动labour transfer的|labour transfer@2-17",
        "XPCC-owned|XPCC@0-4",
        "XPCCs|",
        "the xpcc|XPCC@4-8",
        "1XPCC|"
      })
  void matchesEnglishTermsCaseInsensitivelyAsWholeWordsOnly(String text, String expected) {
    LexiconTagger tagger =
        new LexiconTagger(
            Lexicon.of(List.of(english("labour transfer", "labour transfer"), english("XPCC"))));
    List<String> found =
        tagger.tag(identity(text)).stream()
            .map(m -> m.entry().term() + "@" + m.normalizedStart() + "-" + m.normalizedEnd())
            .toList();
    if (expected == null) assertThat(found).isEmpty();
    else assertThat(found).containsExactly(expected);
  }

  @Test
  void matchesEnglishGlossesOfEnglishTermsButNotOfChineseTerms() {
    LexiconEntry chinese =
        new LexiconEntry(
            "劳动力转移",
            Optional.empty(),
            List.of("labour transfer"),
            Category.LABOUR_TRANSFER,
            Optional.empty(),
            Specificity.MEDIUM,
            Optional.empty());
    LexiconTagger tagger =
        new LexiconTagger(Lexicon.of(List.of(chinese, english("Xinjiang Aid", "Aid Xinjiang"))));
    assertThat(spans(tagger.tag(identity("labour transfer and aid xinjiang"))))
        .containsExactly("Xinjiang Aid@20-32/20-32");
  }

  @Test
  void longestNonOverlappingKeepsLeftmostLongest() {
    LexiconTagger tagger =
        new LexiconTagger(
            Lexicon.of(
                List.of(
                    entry("和田", Category.XINJIANG_PLACE),
                    entry("和田玉", Category.XINJIANG_PLACE),
                    entry("玉器", Category.SUBSIDY),
                    entry("援疆", Category.PAIRING_ASSISTANCE),
                    entry("对口援疆", Category.PAIRING_ASSISTANCE))));
    String s = "和田玉器对口援疆";
    List<TermMatch> all = tagger.tag(identity(s));
    assertThat(spans(all))
        .containsExactly("和田玉@0-3/0-3", "和田@0-2/0-2", "玉器@2-4/2-4", "对口援疆@4-8/4-8", "援疆@6-8/6-8");
    assertThat(spans(LexiconTagger.longestNonOverlapping(all)))
        .containsExactly("和田玉@0-3/0-3", "对口援疆@4-8/4-8");
  }

  @Test
  void findsExactlyWhatANaiveScanFindsForRandomLexicons() {
    Random random = new Random(7L);
    char[] alphabet = {'新', '疆', '劳', '动', '力'};
    for (int round = 0; round < 200; round++) {
      List<LexiconEntry> entries = new ArrayList<>();
      List<String> terms = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
        String t = random(random, alphabet, 1 + random.nextInt(4));
        if (terms.contains(t)) continue;
        terms.add(t);
        entries.add(entry(t, Category.LABOUR_TRANSFER));
      }
      String s = random(random, alphabet, random.nextInt(200));
      List<String> expected = new ArrayList<>();
      for (String t : terms)
        for (int i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1))
          expected.add(t + "@" + i + "-" + (i + t.length()));
      List<String> found =
          new LexiconTagger(Lexicon.of(entries))
              .tag(identity(s)).stream()
                  .map(m -> m.entry().term() + "@" + m.normalizedStart() + "-" + m.normalizedEnd())
                  .toList();
      assertThat(found)
          .as("terms %s in %s", terms, s)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void builtInLexiconTagsAProgrammeSentence() {
    LexiconTagger tagger = new LexiconTagger(Lexicon.builtIn());
    //          0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9
    String s = "墨玉县组织农村富余劳动力赴兵团第八师务工";
    List<TermMatch> longest = LexiconTagger.longestNonOverlapping(tagger.tag(identity(s)));
    assertThat(spans(longest)).contains("墨玉县@0-3/0-3", "农村富余劳动力@5-12/5-12", "兵团第八师@13-18/13-18");
    assertThat(longest.get(0).category()).isEqualTo(Category.XINJIANG_PLACE);
  }

  @Test
  void findsEveryBuiltInEntryByItsTermAndTraditionalFormStandingAlone() {
    Lexicon lexicon = Lexicon.builtIn();
    LexiconTagger tagger = new LexiconTagger(lexicon);
    for (LexiconEntry e : lexicon.entries()) {
      List<String> forms = new ArrayList<>(List.of(e.term()));
      e.traditional().ifPresent(forms::add);
      for (String form : forms) {
        String s = "，" + form + "。";
        assertThat(tagger.tag(identity(s)))
            .as("%s in %s", e.term(), s)
            .anySatisfy(
                m -> {
                  assertThat(m.entry()).isSameAs(e);
                  assertThat(List.of(m.normalizedStart(), m.normalizedEnd()))
                      .containsExactly(1, 1 + form.length());
                });
      }
    }
  }

  @Test
  void givesTheSameAnswerWhenSharedBetweenThreads() throws Exception {
    LexiconTagger tagger = new LexiconTagger(Lexicon.builtIn());
    NormalizedText text = identity("和田地区组织农村富余劳动力赴内地就业，对口援疆企业吸纳新疆籍员工。XPCC and Xinjiang Aid.");
    List<TermMatch> expected = tagger.tag(text);
    assertThat(expected).hasSizeGreaterThan(5);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<TermMatch>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) futures.add(pool.submit(() -> tagger.tag(text)));
      for (java.util.concurrent.Future<List<TermMatch>> f : futures)
        assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String random(Random random, char[] alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
    return b.toString();
  }
}
