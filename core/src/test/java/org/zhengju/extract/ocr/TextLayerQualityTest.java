package org.zhengju.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextLayerQualityTest {

  static Stream<Arguments> usable() {
    return Stream.of(
        Arguments.of("Chinese notice", "关于组织农村富余劳动力转移就业的通知\n青岚纺织科技有限公司："),
        Arguments.of("English", "Annual Report 2020, page 137"),
        Arguments.of("mixed with numbers", "稳岗补贴 1,234,567.00 元（2020年）"),
        Arguments.of("Uyghur in Arabic script", "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى"),
        Arguments.of("Latin-1 symbols Chinese documents use", "温度 25°C ± 2，面积 3×4 米，单价 ¥10·件"),
        Arguments.of("pinyin with tone marks", "Xīnjiāng Wéiwú'ěr Zìzhìqū"),
        Arguments.of("one replacement character in a sentence", "关于组织农村富余劳动力转移就业的通\uFFFD"),
        Arguments.of("circled numbers and full-width forms", "①　申请人：ＡＢＣ公司"));
  }

  static Stream<Arguments> needsOcr() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("whitespace only", " \n\t\u3000 \n"),
        Arguments.of("page number only", "- 3 -"),
        Arguments.of("replacement characters", "\uFFFD\uFFFD\uFFFD\uFFFD 通知"),
        Arguments.of("private-use glyphs", "\uE001\uE002\uE003\uE004\uE005 公司"),
        Arguments.of("control characters", "\u0001\u0002\u0003\u0004\u0005\u0006 ab"),
        Arguments.of(
            "Latin-1 mojibake of a font without ToUnicode", "¹ØÓÚ×éÖ¯Å©´å¸»ÓàÀÍ¶¯Á¦×ªÒÆ¾ÍÒµµÄÍ¨Öª"),
        Arguments.of("mojibake mixed with digits", "Çàá°·ÄÖ¯¿Æ¼¼ÓÐÏÞ¹«Ë¾ 2020"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("usable")
  void acceptsTextLayersOfRealText(String description, String pageText) {
    assertThat(TextLayerQuality.isUsable(pageText)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("needsOcr")
  void rejectsEmptyAndGarbageTextLayers(String description, String pageText) {
    assertThat(TextLayerQuality.isUsable(pageText)).isFalse();
  }
}
