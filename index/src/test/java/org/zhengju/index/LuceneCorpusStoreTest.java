package org.zhengju.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.store.DocumentRecord;

class LuceneCorpusStoreTest {
  @TempDir Path tmp;

  @Test
  void storesRecordsThatRoundTripEquallyInIngestionOrder() throws Exception {
    Path index = tmp.resolve("index");
    Path fileA = tmp.resolve("in/a.pdf");
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      store.add(TestCorpus.documentA(), fileA, Optional.empty());
      store.add(
          TestCorpus.documentB(),
          tmp.resolve("in/b.docx"),
          Optional.of("page 3 could not be read"));
    }
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      assertThat(store.documents())
          .containsExactly(
              new DocumentRecord(
                  "notices/a.pdf",
                  TestCorpus.SHA_A,
                  "application/pdf",
                  Optional.of(fileA.toAbsolutePath().toString()),
                  "indexed",
                  Optional.empty(),
                  List.of(TestCorpus.QINGLAN_TECH),
                  List.of(TestCorpus.EVIDENCE_A)),
              new DocumentRecord(
                  "reports/b.docx",
                  TestCorpus.SHA_B,
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  Optional.of(tmp.resolve("in/b.docx").toAbsolutePath().toString()),
                  "partial",
                  Optional.of("page 3 could not be read"),
                  List.of(TestCorpus.QINGLAN_TRADE),
                  List.of()));
    }
  }

  @Test
  void seesAddedDocumentsBeforeCommitAndAfterReopening() throws Exception {
    Path index = tmp.resolve("index");
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      assertThat(store.contains(TestCorpus.SHA_A)).isFalse();
      assertThat(store.passageCount()).isZero();
      store.add(TestCorpus.documentA(), tmp.resolve("a.pdf"), Optional.empty());
      assertThat(store.contains(TestCorpus.SHA_A)).isTrue();
      assertThat(store.contains(TestCorpus.SHA_B)).isFalse();
      assertThat(store.passageCount()).isEqualTo(2);
    }
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      assertThat(store.contains(TestCorpus.SHA_A)).isTrue();
      store.add(TestCorpus.documentC(), tmp.resolve("c.txt"), Optional.empty());
      store.add(TestCorpus.documentB(), tmp.resolve("b.docx"), Optional.empty());
      store.commit();
      assertThat(store.passageCount()).isEqualTo(2 + 5 + 2);
      assertThat(store.documents())
          .extracting(DocumentRecord::source)
          .containsExactly("notices/a.pdf", "plain/c.txt", "reports/b.docx");
    }
  }

  @Test
  void refusesASecondStoreOnTheSameIndex() throws Exception {
    Path index = tmp.resolve("index");
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      assertThat(store.directory()).isEqualTo(index.toAbsolutePath());
      assertThatThrownBy(() -> LuceneCorpusStore.open(index))
          .isInstanceOf(IndexLockedException.class)
          .hasMessage("index is locked by another process: " + index.toAbsolutePath());
    }
    // The lock is released on close, and closing twice is harmless.
    LuceneCorpusStore again = LuceneCorpusStore.open(index);
    assertThat(again.passageCount()).isZero();
    again.close();
    again.close();
  }

  @Test
  void searchersReadCommittedPassagesWhileTheStoreStaysOpen() throws Exception {
    Path index = tmp.resolve("index");
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      store.add(TestCorpus.documentA(), tmp.resolve("a.pdf"), Optional.empty());
      try (LucenePassageSearcher before = LucenePassageSearcher.open(index)) {
        assertThat(before.search("劳动力转移", 5).total()).isZero();
      }
      store.commit();
      try (LucenePassageSearcher after = LucenePassageSearcher.open(index)) {
        assertThat(after.search("劳动力转移", 5).total()).isEqualTo(1);
      }
    }
  }

  @Test
  void refusesADirectoryOfOtherFilesAndAFile() throws Exception {
    Path other = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(other.resolve("cat.jpg"), "meow");
    assertThatThrownBy(() -> LuceneCorpusStore.open(other))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("not an index: " + other.toAbsolutePath())
        .hasMessageContaining("holds other files");
    assertThat(other).isDirectoryNotContaining("glob:**/segments*");
    Path file = other.resolve("cat.jpg");
    assertThatThrownBy(() -> LuceneCorpusStore.open(file))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("it is a file");
  }

  @Test
  void createsMissingDirectoriesAndAnEmptySearchableIndex() throws Exception {
    Path index = tmp.resolve("deep/new/index");
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      assertThat(store.documents()).isEmpty();
    }
    try (LucenePassageSearcher searcher = LucenePassageSearcher.open(index)) {
      assertThat(searcher.search("新疆", 10).total()).isZero();
    }
  }

  @Test
  void searcherRefusesAMissingIndex() {
    assertThatThrownBy(() -> LucenePassageSearcher.open(tmp.resolve("none")))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageContaining("run ingest first");
  }
}
