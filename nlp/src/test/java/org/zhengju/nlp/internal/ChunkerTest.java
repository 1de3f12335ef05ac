package org.zhengju.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  @Test
  void packsWholeSentencesWhileTheyFit() {
    String text = "一二三。四五六！七八九？十一二；三";
    // sentences: [0,4) [4,8) [8,12) [12,16) [16,17); the third does not fit after the first two
    assertThat(new Chunker(10).chunks(text, 0, text.length()))
        .containsExactly(new TextChunk(0, 8), new TextChunk(8, 17));
  }

  @Test
  void looksOnlyInsideTheGivenRange() {
    String text = "前面不看。一二三。四五六。后面不看";
    assertThat(new Chunker(100).chunks(text, 5, 13)).containsExactly(new TextChunk(5, 13));
  }

  @Test
  void cutsAHundredThousandCharacterSentenceIntoBoundedContiguousChunks() {
    String text = "组织富余劳动力转移就业".repeat(10_000).substring(0, 100_000);
    List<TextChunk> chunks = new Chunker(200).chunks(text, 0, text.length());
    assertThat(chunks).hasSize(500);
    assertThat(chunks.get(0)).isEqualTo(new TextChunk(0, 200));
    assertThat(chunks.get(499)).isEqualTo(new TextChunk(99_800, 100_000));
    for (int i = 1; i < chunks.size(); i++)
      assertThat(chunks.get(i).start()).isEqualTo(chunks.get(i - 1).end());
  }

  @Test
  void cutsALongSentenceAfterTheLastClauseBreakInTheSecondHalfOfTheWindow() {
    String text = "一二三四五六，七八九十一二三四五六七八";
    // window [0,10): the comma at 6 is in its second half, so the cut falls after it
    assertThat(new Chunker(10).chunks(text, 0, text.length()))
        .containsExactly(new TextChunk(0, 7), new TextChunk(7, 17), new TextChunk(17, 19));
  }

  @Test
  void neverCutsInsideASurrogatePair() {
    String text = "一二三四五六七八九" + "\uD840\uDC00" + "十一二";
    // a hard cut at 10 would split the pair at [9,11)
    assertThat(new Chunker(10).chunks(text, 0, text.length()))
        .containsExactly(new TextChunk(0, 9), new TextChunk(9, 14));
  }

  @Test
  void dropsChunksWithoutLettersOrDigits() {
    String text = "。。。\n\n一二三。";
    // [0,3) and [3,5) hold only punctuation and line breaks; the final 。 is cut off on its own and
    // dropped
    assertThat(new Chunker(3).chunks(text, 0, text.length())).containsExactly(new TextChunk(5, 8));
  }

  @Test
  void returnsNoChunksForAnEmptyRange() {
    assertThat(new Chunker(10).chunks("一二三", 1, 1)).isEmpty();
  }

  @Test
  void rejectsARangeOutsideTheText() {
    assertThatThrownBy(() -> new Chunker(10).chunks("一二三", 0, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new Chunker(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxChars");
  }

  @RepeatedTest(50)
  void chunksAreOrderedBoundedAndCoverEveryLetter() {
    Random random = new Random();
    String alphabet = "一二三，。！；? \nabcXYZ12\uD840\uDC00";
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(2_000);
    while (text.length() < length) {
      int i = random.nextInt(alphabet.length());
      if (Character.isHighSurrogate(alphabet.charAt(i))) text.append(alphabet, i, i + 2);
      else if (!Character.isLowSurrogate(alphabet.charAt(i))) text.append(alphabet.charAt(i));
    }
    int max = 2 + random.nextInt(300);
    int from = text.length() == 0 ? 0 : random.nextInt(text.length());
    if (from > 0 && Character.isLowSurrogate(text.charAt(from)))
      from--; // passages start at a whole character
    List<TextChunk> chunks = new Chunker(max).chunks(text, from, text.length());

    int previousEnd = from;
    boolean[] covered = new boolean[text.length()];
    for (TextChunk chunk : chunks) {
      assertThat(chunk.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(chunk.length()).isLessThanOrEqualTo(max);
      assertThat(chunk.end()).isLessThanOrEqualTo(text.length());
      assertThat(Character.isLowSurrogate(text.charAt(chunk.start()))).isFalse();
      for (int i = chunk.start(); i < chunk.end(); i++) covered[i] = true;
      previousEnd = chunk.end();
    }
    for (int i = from; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)))
        assertThat(covered[i]).as("offset %d covered", i).isTrue();
    }
  }
}
