package org.zhengju.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChineseTextNormalizerTest {
  private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();

  /**
   * Input, expected text, and the expected source range {@code start-end} of every normalized
   * character (so a dropped source character is visible as a gap and a collapsed run as a wide
   * range).
   */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("１２万人", "12万人", "0-1 1-2 2-3 3-4"),
        Arguments.of("２０００元／人", "2000元/人", "0-1 1-2 2-3 3-4 4-5 5-6 6-7"),
        Arguments.of("ＸＸ有限公司", "XX有限公司", "0-1 1-2 2-3 3-4 4-5 5-6"),
        Arguments.of("中国，（一）；：？！", "中国，（一）；：？！", "0-1 1-2 2-3 3-4 4-5 5-6 6-7 7-8 8-9 9-10"),
        Arguments.of("中华人民\n共和国", "中华人民共和国", "0-1 1-2 2-3 3-4 5-6 6-7 7-8"),
        Arguments.of("中华人民\r\n共和国", "中华人民共和国", "0-1 1-2 2-3 3-4 6-7 7-8 8-9"),
        Arguments.of("发展，\n推进", "发展，推进", "0-1 1-2 2-3 4-5 5-6"),
        Arguments.of("发展。\n下一段", "发展。\n下一段", "0-1 1-2 2-3 3-4 4-5 5-6 6-7"),
        Arguments.of("发展。\n\n\n下", "发展。\n下", "0-1 1-2 2-3 3-6 6-7"),
        Arguments.of("一、回顾\n\n过去", "一、回顾\n\n过去", "0-1 1-2 2-3 3-4 4-5 5-6 6-7 7-8"),
        Arguments.of("他说：“好。”\n下", "他说：“好。”\n下", "0-1 1-2 2-3 3-4 4-5 5-6 6-7 7-8 8-9"),
        Arguments.of("加强\n（一）总体", "加强\n（一）总体", "0-1 1-2 2-3 3-4 4-5 5-6 6-7 7-8"),
        Arguments.of("加强\n1.推进", "加强\n1.推进", "0-1 1-2 2-3 3-4 4-5 5-6 6-7"),
        Arguments.of("达到\n1.5万", "达到1.5万", "0-1 1-2 3-4 4-5 5-6 6-7"),
        Arguments.of("加强\n一 、推进", "加强\n一、推进", "0-1 1-2 2-3 3-4 5-6 6-7 7-8"),
        Arguments.of("总则\n第三章", "总则\n第三章", "0-1 1-2 2-3 3-4 4-5 5-6"),
        Arguments.of("中\n\n\n国", "中\n\n国", "0-1 1-2 2-4 4-5"),
        Arguments.of("well-\nknown", "well-known", "0-1 1-2 2-3 3-4 4-5 6-7 7-8 8-9 9-10 10-11"),
        Arguments.of("word,\nnext", "word, next", "0-1 1-2 2-3 3-4 4-5 5-6 6-7 7-8 8-9 9-10"),
        Arguments.of("增长\n5%", "增长5%", "0-1 1-2 3-4 4-5"),
        Arguments.of("使用\nGPS", "使用GPS", "0-1 1-2 3-4 4-5 5-6"),
        Arguments.of("abc\ndef", "abc def", "0-1 1-2 2-3 3-4 4-5 5-6 6-7"),
        Arguments.of("a\rb", "a b", "0-1 1-2 2-3"),
        Arguments.of("a  b", "a b", "0-1 1-3 3-4"),
        Arguments.of("  a  b \r\n c", "a b c", "2-3 3-5 5-6 6-10 10-11"),
        Arguments.of("中 国  人", "中国人", "0-1 2-3 5-6"),
        Arguments.of("中　国", "中国", "0-1 2-3"),
        Arguments.of("Ａ　Ｂ", "A B", "0-1 1-2 2-3"),
        Arguments.of("中国\u00A0人民", "中国人民", "0-1 1-2 3-4 4-5"),
        Arguments.of("他说 “好” 。", "他说“好”。", "0-1 1-2 3-4 4-5 5-6 7-8"),
        Arguments.of("增长 5%", "增长 5%", "0-1 1-2 2-3 3-4 4-5"),
        Arguments.of("  中国  \n", "中国", "2-3 3-4"),
        Arguments.of("\uFEFF中国", "中国", "1-2 2-3"),
        Arguments.of("名称\t\t数量", "名称\t\t数量", "0-1 1-2 2-3 3-4 4-5 5-6"),
        Arguments.of("名称 \t 数量", "名称\t数量", "0-1 1-2 3-4 5-6 6-7"),
        Arguments.of("表\t格\n中国", "表\t格\n中国", "0-1 1-2 2-3 3-4 4-5 5-6"),
        Arguments.of("中\n\t国", "中\n\t国", "0-1 1-2 2-3 3-4"),
        Arguments.of("㍿", "株式会社", "0-1 0-1 0-1 0-1"),
        Arguments.of("①加强", "①加强", "0-1 1-2 2-3"),
        Arguments.of("\u2F63产", "生产", "0-1 1-2"),
        Arguments.of("e\u0301", "\u00E9", "0-2"),
        Arguments.of("\uD840\uDC00中", "\uD840\uDC00中", "0-2 0-2 2-3"),
        Arguments.of("ｶﾞ", "ガ", "0-2"),
        Arguments.of("", "", ""),
        Arguments.of(" \n\r\n\t ", "", ""));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("cases")
  void normalizesTextAndMapsEveryCharacterToItsSource(
      String source, String expected, String ranges) {
    NormalizedText result = normalizer.normalize(source);

    assertThat(result.text()).isEqualTo(expected);
    assertThat(describeRanges(result.map())).isEqualTo(ranges);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "勞動力轉移, 劳动力转移",
    "紡織, 纺织",
    "集團, 集团",
    "有限公司, 有限公司",
    "新疆維吾爾自治區, 新疆维吾尔自治区",
    "１２萬人, 12万人",
  })
  void foldsTraditionalToSimplifiedInMatchTextOnly(String source, String expectedMatchText) {
    NormalizedText result = normalizer.normalize(source);

    assertThat(result.matchText()).isEqualTo(expectedMatchText);
    assertThat(result.text()).isEqualTo(source.replace("１２", "12"));
  }

  @Test
  void leavesSupplementaryCharactersAloneInMatchText() {
    NormalizedText result = normalizer.normalize("\uD840\uDC00國");

    assertThat(result.matchText()).isEqualTo("\uD840\uDC00国");
  }

  @Test
  void mapsSpansToSourceOffsetsAcrossJoinedLinesAndCollapsedSpaces() {
    String source = "ＸＸ紡織\n有限公司  招收 ２０００ 名";
    NormalizedText result = normalizer.normalize(source);

    assertThat(result.text()).isEqualTo("XX紡織有限公司招收 2000 名");
    int start = result.text().indexOf("紡織有限公司");
    int end = start + "紡織有限公司".length();
    assertThat(result.sourceStart(start)).isEqualTo(2);
    assertThat(result.sourceEnd(end)).isEqualTo(9);
    assertThat(source.substring(result.sourceStart(start), result.sourceEnd(end)))
        .isEqualTo("紡織\n有限公司");
    assertThat(result.map().toNormalized(5)).isEqualTo(4); // 有 after the removed line break
  }

  @Test
  void givesTheSameResultFromManyThreads() {
    String source = "新疆維吾爾自治區\n勞動力轉移 ２０００人。\n\n下一段\t表格";
    NormalizedText expected = normalizer.normalize(source);

    List<NormalizedText> results =
        IntStream.range(0, 64).parallel().mapToObj(i -> normalizer.normalize(source)).toList();

    assertThat(results)
        .allSatisfy(
            r -> {
              assertThat(r.text()).isEqualTo(expected.text());
              assertThat(r.matchText()).isEqualTo(expected.matchText());
              assertThat(describeRanges(r.map())).isEqualTo(describeRanges(expected.map()));
            });
  }

  @Test
  void rejectsNullSource() {
    assertThatThrownBy(() -> normalizer.normalize((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("source");
  }

  static String describeRanges(OffsetMap map) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < map.length(); i++)
      parts.add(map.toSourceStart(i) + "-" + map.toSourceEnd(i + 1));
    return String.join(" ", parts);
  }
}
