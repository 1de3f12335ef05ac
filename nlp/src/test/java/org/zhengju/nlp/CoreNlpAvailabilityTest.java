package org.zhengju.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;

/** Checks that need no model loaded: discovery, and the clear refusals when CoreNLP cannot run. */
class CoreNlpAvailabilityTest {
  private static final long GB = 1024L * 1024L * 1024L;

  @Test
  void isFoundByServiceLoaderAsTheSelectiveCorenlpRecognizer() {
    List<EntityRecognizer> found =
        ServiceLoader.load(EntityRecognizer.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(r -> r.name().equals("corenlp"))
            .toList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).isInstanceOf(CoreNlpEntityRecognizer.class);
    assertThat(found.get(0).selective()).isTrue();
    found.get(0).close();
  }

  @Test
  void reportsAHeapBelowTheRequiredThresholdWithTheFlagToSet() {
    CoreNlpSettings settings = CoreNlpSettings.defaults().withRequiredHeapBytes(3 * GB);
    Optional<String> reason =
        CoreNlpEntityRecognizer.unavailableReason(
            settings, 512L * 1024 * 1024, getClass().getClassLoader());
    assertThat(reason)
        .contains(
            "NER disabled: max heap 512 MB < 3072 MB needed by the CTB_SMALL segmenter; set ZHENGJU_OPTS=-Xmx3g");
  }

  @Test
  void reportsNothingWhenModelsAndHeapAreThere() {
    assertThat(
            CoreNlpEntityRecognizer.unavailableReason(
                CoreNlpSettings.defaults(), 4 * GB, getClass().getClassLoader()))
        .isEmpty();
  }

  @Test
  void reportsMissingCoreNlpOrModelsOnTheClasspath() throws Exception {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(
              CoreNlpEntityRecognizer.unavailableReason(CoreNlpSettings.defaults(), 4 * GB, empty))
          .hasValueSatisfying(
              reason -> assertThat(reason).startsWith("NER disabled: Stanford CoreNLP is not on"));
    }
    URL coreNlpJar =
        edu.stanford.nlp.pipeline.StanfordCoreNLP.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation();
    try (URLClassLoader withoutModels = new URLClassLoader(new URL[] {coreNlpJar}, null)) {
      assertThat(
              CoreNlpEntityRecognizer.unavailableReason(
                  CoreNlpSettings.defaults(), 4 * GB, withoutModels))
          .hasValueSatisfying(
              reason ->
                  assertThat(reason)
                      .startsWith(
                          "NER disabled: CoreNLP Chinese model edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz")
                      .contains("models-chinese"));
    }
  }

  @Test
  void refusesToLoadWithTooSmallAHeapAndThenReturnsNoMentions() {
    CoreNlpSettings settings = CoreNlpSettings.defaults().withRequiredHeapBytes(Long.MAX_VALUE);
    try (CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer(settings)) {
      assertThatThrownBy(recognizer::load)
          .isInstanceOf(NlpUnavailableException.class)
          .hasMessageStartingWith("NER disabled: max heap ");
      String s = "第三批农村富余劳动力120人赴华锦制衣务工。";
      NormalizedText text = new NormalizedText(s, s, OffsetMap.identity(s.length()));
      assertThat(
              recognizer.recognize(
                  text, List.of(new Passage(0, 0, s.length(), 0, s.length(), Optional.empty(), s))))
          .isEmpty();
      assertThat(recognizer.stats().unavailable())
          .hasValueSatisfying(r -> assertThat(r).startsWith("NER disabled"));
      assertThat(recognizer.stats().chunks()).isZero();
      assertThat(recognizer.unavailableReason()).isEqualTo(recognizer.stats().unavailable());
    }
  }

  @Test
  void rejectsAPassageOutsideTheText() {
    try (CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer()) {
      NormalizedText text = new NormalizedText("华锦制衣", "华锦制衣", OffsetMap.identity(4));
      Passage tooLong = new Passage(3, 0, 9, 0, 9, Optional.empty(), "华锦制衣务工五人");
      assertThatThrownBy(() -> recognizer.recognize(text, List.of(tooLong)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("passage 3 ends at 9, past the text's 4 characters");
    }
  }

  @Test
  void refusesToRecognizeOnceClosed() {
    CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer();
    recognizer.close();
    NormalizedText text = new NormalizedText("", "", OffsetMap.identity(0));
    assertThatThrownBy(() -> recognizer.recognize(text, List.of()))
        .isInstanceOf(IllegalStateException.class);
  }
}
