package org.zhengju.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;

/**
 * Runs the real Chinese models (ctb.small segmenter; loads in about 10 s), one recognizer for the
 * whole class. The expected mentions are what the model was seen to find; places it misses (和田地区)
 * are the gazetteer's job.
 */
class CoreNlpEntityRecognizerTest {
  private static CoreNlpEntityRecognizer recognizer;

  @BeforeAll
  static void loadModels() throws NlpUnavailableException {
    recognizer = new CoreNlpEntityRecognizer();
    recognizer.load();
  }

  @AfterAll
  static void releaseModels() {
    recognizer.close();
  }

  private static NormalizedText plain(String text) {
    return new NormalizedText(text, text, OffsetMap.identity(text.length()));
  }

  private static Passage whole(NormalizedText text) {
    int n = text.text().length();
    return new Passage(0, 0, n, 0, n, Optional.empty(), text.text());
  }

  private static Mention mention(EntityKind kind, String text, int start, int end) {
    return new Mention(kind, text, start, end, start, end, Optional.empty(), "corenlp");
  }

  @Test
  void findsACompanyNamedByTradeNameAloneInAGovernmentSentence() {
    NormalizedText text = plain("第三批农村富余劳动力120人赴华锦制衣务工。");
    assertThat(recognizer.recognize(text, List.of(whole(text))))
        .containsExactly(mention(EntityKind.COMPANY, "华锦制衣", 15, 19));
  }

  @Test
  void findsCountiesAsPlaces() {
    NormalizedText text = plain("从和田出发，前往墨玉县和洛浦县。");
    assertThat(recognizer.recognize(text, List.of(whole(text))))
        .containsExactly(
            mention(EntityKind.PLACE, "墨玉县", 8, 11), mention(EntityKind.PLACE, "洛浦县", 12, 15));
  }

  @Test
  void findsACompanyAndAPlaceInOneSentence() {
    NormalizedText text = plain("华锦制衣在墨玉县开办卫星工厂。");
    assertThat(recognizer.recognize(text, List.of(whole(text))))
        .containsExactly(
            mention(EntityKind.COMPANY, "华锦制衣", 0, 4), mention(EntityKind.PLACE, "墨玉县", 5, 8));
  }

  @Test
  void findsPeopleAndGovernmentBodies() {
    NormalizedText text = plain("县委书记王建国在欢送仪式上讲话。新疆和田地区墨玉县人民政府组织农村富余劳动力转移就业。");
    assertThat(recognizer.recognize(text, List.of(whole(text))))
        .containsExactly(
            mention(EntityKind.PERSON, "王建国", 4, 7),
            mention(EntityKind.GOVERNMENT_BODY, "新疆和田地区墨玉县人民政府", 16, 29));
  }

  @Test
  void looksOnlyAtTheGivenPassages() {
    String s = "华锦制衣在墨玉县开办卫星工厂。县委书记王建国在欢送仪式上讲话。";
    NormalizedText text = plain(s);
    Passage second =
        new Passage(1, 15, s.length(), 15, s.length(), Optional.empty(), s.substring(15));
    assertThat(recognizer.recognize(text, List.of(second)))
        .containsExactly(mention(EntityKind.PERSON, "王建国", 19, 22));
  }

  @Test
  void mapsOffsetsBackToTheSourceThroughANonIdentityMapAndQuotesTheOriginalScript() {
    // source: a 6-character running header the normalizer dropped, then the sentence in traditional
    // script
    String header = "第3页 共9页";
    String normalized = "第三批農村富餘勞動力120人赴華錦製衣務工。";
    String folded = "第三批农村富余劳动力120人赴华锦制衣务工。";
    OffsetMap.Builder map = new OffsetMap.Builder(normalized.length());
    for (int i = 0; i < normalized.length(); i++)
      map.add(header.length() + i, header.length() + i + 1);
    NormalizedText text =
        new NormalizedText(normalized, folded, map.build(header.length() + normalized.length()));

    assertThat(recognizer.recognize(text, List.of(whole(text))))
        .containsExactly(
            new Mention(
                EntityKind.COMPANY,
                "華錦製衣",
                15 + header.length(),
                19 + header.length(),
                15,
                19,
                Optional.empty(),
                "corenlp"));
  }

  @Test
  void finishesAHundredThousandCharacterSentenceInBoundedChunks() {
    String s = "新疆和田地区墨玉县组织农村富余劳动力转移就业".repeat(5_000).substring(0, 100_000);
    NormalizedText text = plain(s);
    CoreNlpStats before = recognizer.stats();

    List<Mention> mentions = recognizer.recognize(text, List.of(whole(text)));

    CoreNlpStats after = recognizer.stats();
    assertThat(after.chunks() - before.chunks()).isEqualTo(500);
    assertThat(after.chars() - before.chars()).isEqualTo(100_000);
    assertThat(after.failedChunks()).isEqualTo(before.failedChunks());
    for (Mention m : mentions) {
      assertThat(m.text()).isEqualTo(s.substring(m.normalizedStart(), m.normalizedEnd()));
      assertThat(m.end()).isLessThanOrEqualTo(s.length());
    }
  }

  @Test
  void handlesMixedUyghurEnglishAndChineseText() {
    String s = "Huafu Fashion Co. 在阿克苏纺织城设厂，ئۇيغۇر تىلى 工人来自英吉沙县。\uD83C\uDFED 丨丨丨 ...,,, ###";
    NormalizedText text = plain(s);
    assertThat(recognizer.recognize(text, List.of(whole(text))))
        .containsExactly(
            mention(EntityKind.COMPANY, "Huafu Fashion Co.", 0, 17),
            mention(EntityKind.PLACE, "阿克苏", 19, 22),
            mention(EntityKind.PLACE, "英吉沙县", 44, 48));
    assertThat(recognizer.stats().failedChunks()).isZero();
  }
}
