package org.zhengju.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "自治区人力资源和社会保障厅关于做好南疆四地州富余劳动力转移就业工作的通知 | zh-Hans",
        "自治區人力資源和社會保障廳關於做好南疆四地州富餘勞動力轉移就業工作的通知 | zh-Hant",
        "恭喜保全課陳奎良高票當選雲林縣總工會模範勞工代表 | zh-Hant",
        "ئاقسۇ ۋىلايىتىدىكى ئەمگەك كۈچىنى يۆتكەش خىزمىتى توغرىسىدا ئۇقتۇرۇش | ug",
        "The company transferred surplus labour from Hotan to factories in Anhui province. | en",
        "股票代码：600000 The annual report of the company 公司年度报告全文 | zh-Hans",
      })
  void detectsTheLanguageOfTheText(String text, String expected) {
    assertThat(detector.detect(text)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Arabic (no Uyghur-only letters) is not one of the corpus languages.
        "وزارة الموارد البشرية والضمان الاجتماعي في المنطقة | ",
        // Arabic writes ى too (على، إلى): it alone does not make a text Uyghur.
        "وافقت الوزارة على نقل العمال إلى المصانع في المنطقة | ",
        // Latin text without English function words: some other language, not guessed.
        "Die Gesellschaft hat Arbeitskräfte aus Hotan verlegt | ",
        // Too little text to say anything.
        "通知 | ",
        "12345 67890 !!! | ",
      })
  void givesNoAnswerWhenUnsure(String text, String ignored) {
    assertThat(detector.detect(text)).isEqualTo(Optional.empty());
  }

  @Test
  void sharedCharactersAloneCountAsSimplified() {
    // 人民 and 工作 are written the same in both scripts; with no evidence either way the mainland
    // default is the better guess for this corpus.
    assertThat(detector.detect("人民工作人民工作人民工作")).contains("zh-Hans");
  }
}
