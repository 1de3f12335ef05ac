package org.zhengju.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void builtInHasAtLeast200DistinctTermsCoveringEveryCategory() {
    Lexicon lexicon = Lexicon.builtIn();
    assertThat(lexicon.size()).isGreaterThanOrEqualTo(200);
    Set<String> terms = new HashSet<>();
    for (LexiconEntry e : lexicon.entries())
      assertThat(terms.add(e.term())).as("duplicate term %s", e.term()).isTrue();
    Set<Category> categories = EnumSet.noneOf(Category.class);
    lexicon.entries().forEach(e -> categories.add(e.category()));
    assertThat(categories).containsExactlyInAnyOrder(Category.values());
  }

  @Test
  void builtInTraditionalFormsNeverCollideWithAnotherEntrysTerm() {
    Lexicon lexicon = Lexicon.builtIn();
    for (LexiconEntry e : lexicon.entries())
      e.traditional()
          .ifPresent(
              t -> assertThat(lexicon.byTerm(t).map(LexiconEntry::term)).as(t).contains(e.term()));
  }

  @Test
  void builtInLoadsPlacesWithCodesAndDivisionsAsXpcc() {
    Lexicon lexicon = Lexicon.builtIn();
    LexiconEntry hotan = lexicon.byTerm("和田").orElseThrow();
    assertThat(hotan.category()).isEqualTo(Category.XINJIANG_PLACE);
    assertThat(hotan.specificity()).isEqualTo(Specificity.HIGH);
    assertThat(hotan.subcategory()).contains("PREFECTURE:6532");
    assertThat(lexicon.byTerm("墨玉县").orElseThrow().subcategory()).contains("COUNTY:653222");
    assertThat(lexicon.byTerm("烏魯木齊市").map(LexiconEntry::term)).contains("乌鲁木齐市");
    LexiconEntry bare = lexicon.byTerm("第八师").orElseThrow();
    assertThat(bare.category()).isEqualTo(Category.XPCC);
    assertThat(bare.specificity()).isEqualTo(Specificity.MEDIUM);
    assertThat(lexicon.byTerm("兵团第八师").orElseThrow().specificity()).isEqualTo(Specificity.HIGH);
    assertThat(lexicon.byTerm("新疆").orElseThrow().specificity()).isEqualTo(Specificity.HIGH);
  }

  @Test
  void builtInKeepsNationwideVocabularyBelowHigh() {
    Lexicon lexicon = Lexicon.builtIn();
    assertThat(lexicon.byTerm("稳岗补贴").orElseThrow().specificity()).isEqualTo(Specificity.MEDIUM);
    assertThat(lexicon.byTerm("劳动力转移").orElseThrow().specificity()).isEqualTo(Specificity.MEDIUM);
    assertThat(lexicon.byTerm("农业富余劳动力").orElseThrow().specificity()).isEqualTo(Specificity.MEDIUM);
    assertThat(lexicon.byTerm("疆内转移").orElseThrow().specificity()).isEqualTo(Specificity.HIGH);
  }

  @ParameterizedTest
  @CsvSource({"labour transfer", "Labor  Transfer", "  LABOUR TRANSFER "})
  void findsEntriesByGlossIgnoringCaseSpacingAndSpelling(String query) {
    List<String> terms = Lexicon.builtIn().byGloss(query).stream().map(LexiconEntry::term).toList();
    assertThat(terms).contains("劳动力转移", "labour transfer");
  }

  @Test
  void findsPlacesByAnyEnglishVariant() {
    assertThat(Lexicon.builtIn().byGloss("khotan").stream().map(LexiconEntry::term))
        .contains("和田地区", "和田");
    assertThat(Lexicon.builtIn().byGloss("no such gloss")).isEmpty();
  }

  @Test
  void loadsAUserFileAndLetsItsEntriesWinOverBuiltIn() throws IOException {
    Path p =
        write(
            "mine.tsv",
            "# my terms\n"
                + "term\ttraditional\tenglish\tcategory\tsubcategory\tspecificity\tnote\n"
                + "稳岗补贴\t穩崗補貼\tjob subsidy\tSUBSIDY\t\tH\n"
                + "青岚纺织援疆车间\t\tQinglan aid workshop; aid workshop\tpairing_assistance\t\tm\n");
    Lexicon user = Lexicon.load(p);
    assertThat(user.size()).isEqualTo(2);
    LexiconEntry added = user.byTerm("青岚纺织援疆车间").orElseThrow();
    assertThat(added.category()).isEqualTo(Category.PAIRING_ASSISTANCE);
    assertThat(added.english()).containsExactly("Qinglan aid workshop", "aid workshop");
    assertThat(added.traditional()).isEmpty();
    assertThat(added.note()).isEmpty();

    Lexicon merged = Lexicon.builtIn().plus(user);
    assertThat(merged.size()).isEqualTo(Lexicon.builtIn().size() + 1);
    assertThat(merged.byTerm("稳岗补贴").orElseThrow().specificity()).isEqualTo(Specificity.HIGH);
    assertThat(merged.byGloss("job subsidy"))
        .extracting(LexiconEntry::term)
        .containsExactly("稳岗补贴");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "劳动力转移\t\tlabour transfer\tFOO\t\tM|lexicon.tsv:3: unknown category FOO (expected one of LABOUR_TRANSFER, SURPLUS_LABOUR,",
        "劳动力转移\t\tlabour transfer\tLABOUR_TRANSFER\t\tX|lexicon.tsv:3: unknown specificity X (expected H, M or L)",
        "劳动力转移\t\tlabour transfer\tLABOUR_TRANSFER|lexicon.tsv:3: missing specificity (expected H, M or L)",
        "'\t\tlabour transfer\tLABOUR_TRANSFER\t\tM'|lexicon.tsv:3: empty term",
        "a\tb\tc\tSUBSIDY\te\tH\tg\th|lexicon.tsv:3: expected at most 7 tab-separated columns, found 8",
        "援疆\t\tXinjiang Aid\tPAIRING_ASSISTANCE\t\tH|lexicon.tsv:3: duplicate term 援疆 (first on line 2)"
      })
  void reportsUserFileErrorsWithFileAndLine(String badLine, String message) throws IOException {
    Path p =
        write(
            "lexicon.tsv",
            "# comment\n援疆\t\tXinjiang Aid\tPAIRING_ASSISTANCE\t\tH\n" + badLine + "\n");
    assertThatThrownBy(() -> Lexicon.load(p))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(((LexiconFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void reportsAMissingFileAsIoException() {
    assertThatThrownBy(() -> Lexicon.load(dir.resolve("absent.tsv")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void rejectsDuplicateTermsInOf() {
    LexiconEntry e =
        new LexiconEntry(
            "援疆",
            Optional.empty(),
            List.of(),
            Category.PAIRING_ASSISTANCE,
            Optional.empty(),
            Specificity.HIGH,
            Optional.empty());
    assertThatThrownBy(() -> Lexicon.of(List.of(e, e)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("援疆");
  }
}
