package org.zhengju.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoreNlpSettingsTest {

  @Test
  void buildsAFreshPropertiesObjectEachTime() {
    CoreNlpSettings settings = CoreNlpSettings.defaults();
    Properties first = settings.toProperties();
    first.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
    assertThat(settings.toProperties().getProperty("annotators")).isEqualTo("tokenize,ssplit,ner");
  }

  @ParameterizedTest
  @EnumSource(CoreNlpSettings.Segmenter.class)
  void pointsTheSegmenterAtAModelThatIsOnTheClasspath(CoreNlpSettings.Segmenter segmenter) {
    CoreNlpSettings settings = CoreNlpSettings.of(segmenter);
    assertThat(settings.toProperties().getProperty("segment.model"))
        .isEqualTo(settings.modelResources().get(0));
    for (String resource : settings.modelResources())
      assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
  }

  @Test
  void defaultsToTheSmallSegmenterWithBoundedChunks() {
    CoreNlpSettings settings = CoreNlpSettings.defaults();
    assertThat(settings.segmenter()).isEqualTo(CoreNlpSettings.Segmenter.CTB_SMALL);
    assertThat(settings.toProperties().getProperty("segment.model"))
        .isEqualTo("edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz");
    assertThat(settings.maxChunkChars()).isEqualTo(200);
    assertThat(settings.requiredHeapBytes())
        .isEqualTo(CoreNlpSettings.Segmenter.CTB_SMALL.requiredHeapBytes());
  }

  @Test
  void rejectsBadValuesNamingTheSetting() {
    CoreNlpSettings settings = CoreNlpSettings.defaults();
    assertThatThrownBy(() -> settings.withMaxChunkChars(3)).hasMessageContaining("maxChunkChars");
    assertThatThrownBy(() -> settings.withChunkTimeout(Duration.ZERO))
        .hasMessageContaining("chunkTimeout");
    assertThatThrownBy(() -> settings.withRequiredHeapBytes(-1))
        .hasMessageContaining("requiredHeapBytes");
    assertThatThrownBy(() -> CoreNlpSettings.of(null)).hasMessageContaining("segmenter");
  }

  @Test
  void advisesAHeapRoundedUpToWholeGigabytes() {
    assertThat(CoreNlpSettings.of(CoreNlpSettings.Segmenter.CTB_SMALL).heapAdvice())
        .isEqualTo("-Xmx2g");
    assertThat(CoreNlpSettings.of(CoreNlpSettings.Segmenter.CTB).heapAdvice()).isEqualTo("-Xmx3g");
  }
}
