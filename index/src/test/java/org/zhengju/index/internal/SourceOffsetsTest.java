package org.zhengju.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;

class SourceOffsetsTest {

  @Test
  void encodedOffsetsGiveTheSameSourceSpansAsTheNormalizedText() {
    Random random = new Random(20261129);
    for (int round = 0; round < 200; round++) {
      int length = random.nextInt(60);
      OffsetMap.Builder builder = new OffsetMap.Builder(length);
      int source = random.nextInt(5);
      for (int i = 0; i < length; i++) {
        // Mostly one to one, sometimes a collapsed run, sometimes an expansion sharing a source
        // character.
        int width =
            random.nextInt(10) == 0 ? 2 + random.nextInt(3) : random.nextInt(15) == 0 ? 0 : 1;
        builder.add(source, source + Math.max(width, 1));
        source += width;
      }
      int sourceLength = source + 3;
      String text = "x".repeat(length);
      NormalizedText normalized = new NormalizedText(text, text, builder.build(sourceLength));
      int from = length == 0 ? 0 : random.nextInt(length);
      int to = from + (length == from ? 0 : random.nextInt(length - from + 1));
      SourceOffsets decoded = SourceOffsets.decode(SourceOffsets.of(normalized, from, to).encode());
      assertThat(decoded.length()).isEqualTo(to - from);
      for (int s = from; s < to; s++) {
        for (int e = s + 1; e <= to; e++) {
          assertThat(decoded.sourceStart(s - from)).isEqualTo(normalized.sourceStart(s));
          assertThat(decoded.sourceEnd(e - from)).isEqualTo(normalized.sourceEnd(e));
        }
      }
    }
  }
}
