package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengju.document.PageSpan;

class GbkMojibakeRepairTest {

  /**
   * What PDFBox prints for a GBK font without ToUnicode: each byte as Latin-1, a space after each
   * pair.
   */
  private static String asPdfBoxReadsIt(String chinese) {
    byte[] bytes = chinese.getBytes(Charset.forName("GBK"));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length; i += 2) {
      if (i > 0) out.append(' ');
      out.append((char) (bytes[i] & 0xFF)).append((char) (bytes[i + 1] & 0xFF));
    }
    // PDFBox writes the cedilla byte 0xB8 as a space and a combining cedilla.
    return out.toString().replace("\u00B8", " \u0327");
  }

  @Test
  void decodesGbkBytesReadAsLatin1IncludingTheCedillaByte() {
    String mojibake = asPdfBoxReadsIt("同各方接洽要有谦逊态度") + "\n" + asPdfBoxReadsIt("全世界无产者，联合起来");

    assertThat(mojibake).contains("\u0327");
    assertThat(GbkMojibakeRepair.repair(mojibake)).isEqualTo("同各方接洽要有谦逊态度\n全世界无产者，联合起来");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Les élèves ont réussi l'examen à Besançon, où ça s'est bien passé.",
        "Größere Übungen für Schüler: Äpfel, Öl, Straße.",
        "普通的中文文本，没有乱码。",
        "Prix: 12 € — ½ kilo, ¼ litre, © 2020 ® ™"
      })
  void leavesOrdinaryTextAlone(String text) {
    assertThat(GbkMojibakeRepair.repair(text)).isEqualTo(text);
  }

  @Test
  void leavesRunsThatAreNotValidGbkAsTheyWere() {
    // Mostly high Latin-1 characters, but an odd number of them, so no GBK pairs can be formed.
    String text = "ÀÁÂÃÄ";

    assertThat(GbkMojibakeRepair.repair(text)).isEqualTo(text);
  }

  @Test
  void repairedPagesGetNewSpansAndOtherPagesKeepTheirText() {
    String first = asPdfBoxReadsIt("目录") + "\n";
    String second = "Plain English page.\n";
    String text = first + second;
    List<PageSpan> pages =
        List.of(new PageSpan(1, 0, first.length()), new PageSpan(2, first.length(), text.length()));

    GbkMojibakeRepair.Result result = GbkMojibakeRepair.repairPages(text, pages);

    assertThat(result.text()).isEqualTo("目录\nPlain English page.\n");
    assertThat(result.repairedPages()).isEqualTo(1);
    assertThat(result.pages())
        .containsExactly(new PageSpan(1, 0, 3), new PageSpan(2, 3, result.text().length()));
    assertThat(result.text().substring(3)).isEqualTo(second);
  }

  @Test
  void documentsWithoutMojibakeComeBackIdentical() {
    String text = "第一页\n第二页\n";
    List<PageSpan> pages = List.of(new PageSpan(1, 0, 4), new PageSpan(2, 4, 8));

    GbkMojibakeRepair.Result result = GbkMojibakeRepair.repairPages(text, pages);

    assertThat(result).isEqualTo(new GbkMojibakeRepair.Result(text, pages, 0));
  }
}
