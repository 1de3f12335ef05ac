package org.zhengju.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetMapTest {

  /**
   * Normalized "ab c" from source "a\nb c": the line break removed, three spaces collapsed into
   * one.
   */
  private static OffsetMap joinedAndCollapsed() {
    return new OffsetMap.Builder(4).add(0, 1).add(2, 3).add(3, 6).add(6, 7).build(7);
  }

  @Test
  void mapsSpanStartsAndEndsToSourceOffsets() {
    OffsetMap map = joinedAndCollapsed();

    assertThat(map.toSourceStart(1)).isEqualTo(2);
    assertThat(map.toSourceEnd(1)).isEqualTo(1);
    assertThat(map.toSourceEnd(3)).isEqualTo(6);
    assertThat(map.toSourceStart(4)).isEqualTo(7);
    assertThat(map.toSourceEnd(4)).isEqualTo(7);
  }

  @Test
  void mapsASourceOffsetInsideARemovedGapToTheNextCharacter() {
    OffsetMap map = joinedAndCollapsed();

    assertThat(map.toNormalized(0)).isEqualTo(0);
    assertThat(map.toNormalized(1)).isEqualTo(1); // the removed line break
    assertThat(map.toNormalized(4)).isEqualTo(2); // inside the collapsed run
    assertThat(map.toNormalized(6)).isEqualTo(3);
    assertThat(map.toNormalized(7)).isEqualTo(4);
  }

  @Test
  void mapsAnExpandedCharacterBackToTheFirstOfItsExpansion() {
    OffsetMap map = new OffsetMap.Builder(4).add(0, 1).add(0, 1).add(0, 1).add(1, 2).build(2);

    assertThat(map.toNormalized(0)).isEqualTo(0);
    assertThat(map.toNormalized(1)).isEqualTo(3);
    assertThat(map.toSourceEnd(2)).isEqualTo(1);
  }

  @Test
  void rejectsRangesThatGoBackwards() {
    OffsetMap.Builder builder = new OffsetMap.Builder(2).add(3, 4);

    assertThatThrownBy(() -> builder.add(2, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    OffsetMap map = joinedAndCollapsed();

    assertThatThrownBy(() -> map.toSourceStart(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> map.toNormalized(8)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
