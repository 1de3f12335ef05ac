package org.zhengju.lexicon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.LexiconFormatException;
import org.zhengju.lexicon.Specificity;

class PlaceTsvTest {

  @Test
  void readsPlacesAsHighSpecificityEntriesWithLevelAndCode() throws LexiconFormatException {
    List<LexiconEntry> entries =
        PlaceTsv.parse(
            List.of(
                "# comment",
                "墨玉县\t\tKarakax County; Moyu County\t653222\tcounty\t6532",
                "南疆\t\tsouthern Xinjiang\t\tregion\t65",
                "第八师\t第八師\tXPCC 8th Division\tXPCC-08\txpcc\tXPCC",
                "兵团第八师\t兵團第八師\tXPCC 8th Division\tXPCC-08\txpcc\tXPCC"),
            "p.tsv");
    assertThat(entries).extracting(LexiconEntry::term).containsExactly("墨玉县", "南疆", "第八师", "兵团第八师");
    LexiconEntry moyu = entries.get(0);
    assertThat(moyu.category()).isEqualTo(Category.XINJIANG_PLACE);
    assertThat(moyu.specificity()).isEqualTo(Specificity.HIGH);
    assertThat(moyu.subcategory()).contains("COUNTY:653222");
    assertThat(moyu.english()).containsExactly("Karakax County", "Moyu County");
    assertThat(moyu.note()).contains("Xinjiang gazetteer; parent 6532");
    assertThat(entries.get(1).subcategory()).contains("REGION");
    assertThat(entries.get(2).category()).isEqualTo(Category.XPCC);
    assertThat(entries.get(2).specificity()).isEqualTo(Specificity.MEDIUM);
    assertThat(entries.get(2).traditional()).contains("第八師");
    assertThat(entries.get(3).specificity()).isEqualTo(Specificity.HIGH);
  }

  @Test
  void reportsUnknownLevelWithFileAndLine() {
    assertThatThrownBy(() -> PlaceTsv.parse(List.of("#", "和田\t\tHotan\t6532\ttown\t65"), "p.tsv"))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessage(
            "p.tsv:2: unknown level town (expected one of [region, prefecture, county, xpcc])");
  }

  @Test
  void reportsWrongColumnCountAndDuplicates() {
    assertThatThrownBy(() -> PlaceTsv.parse(List.of("和田\tHotan\t6532"), "p.tsv"))
        .hasMessage("p.tsv:1: expected 6 tab-separated columns, found 3");
    assertThatThrownBy(
            () ->
                PlaceTsv.parse(
                    List.of(
                        "和田\t\tHotan\t6532\tprefecture\t65", "和田\t\tHotan\t653201\tcounty\t6532"),
                    "p.tsv"))
        .hasMessage("p.tsv:2: duplicate name 和田 (first on line 1)");
  }
}
