package org.zhengju.lexicon.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An Aho–Corasick automaton over UTF-16 chars that reports every occurrence of every pattern in
 * time linear in the text length plus the number of occurrences. Latin letters are folded to lower
 * case on both sides, char for char, so offsets are unchanged; other scripts are matched exactly.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
public final class AhoCorasick {

  /**
   * Receives one occurrence: the pattern's index in the constructor list and its [start, end) in
   * the text.
   */
  @FunctionalInterface
  public interface MatchSink {
    /** Called once per occurrence, in order of end offset. */
    void match(int pattern, int start, int end);
  }

  private static final int NONE = -1;

  // Root transitions are a direct table: most characters of Chinese prose fail at the root, and
  // this keeps that
  // case a single array read.
  private final int[] rootNext = new int[1 << 16];
  private final TransitionTable next;
  private final int[] fail;
  private final int[] depth;
  private final int[][] output;
  private final int[] outputLink;
  private final int patternCount;

  /**
   * Builds the automaton for {@code patterns} (non-empty strings; duplicates are allowed and each
   * is reported).
   */
  public AhoCorasick(List<String> patterns) {
    Objects.requireNonNull(patterns, "patterns");
    patternCount = patterns.size();
    Trie trie = new Trie();
    for (int p = 0; p < patterns.size(); p++) {
      String s = Objects.requireNonNull(patterns.get(p), "patterns[" + p + "]");
      if (s.isEmpty()) throw new IllegalArgumentException("patterns[" + p + "] must not be empty");
      trie.add(s, p);
    }
    int states = trie.size();
    next = new TransitionTable(Math.max(1, states - 1));
    Arrays.fill(rootNext, NONE);
    for (int s = 0; s < states; s++) {
      for (int[] edge : trie.children.get(s)) {
        if (s == 0) rootNext[edge[0]] = edge[1];
        else next.put(s, (char) edge[0], edge[1]);
      }
    }
    depth = trie.depth.stream().mapToInt(Integer::intValue).toArray();
    output = new int[states][];
    for (int s = 0; s < states; s++)
      output[s] = trie.ends.get(s).stream().mapToInt(Integer::intValue).toArray();
    fail = new int[states];
    outputLink = new int[states];
    buildFailureLinks(trie);
  }

  private void buildFailureLinks(Trie trie) {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    outputLink[0] = NONE;
    for (int[] edge : trie.children.get(0)) {
      fail[edge[1]] = 0;
      outputLink[edge[1]] = NONE;
      queue.add(edge[1]);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int[] edge : trie.children.get(s)) {
        char c = (char) edge[0];
        int child = edge[1];
        int f = fail[s];
        int target;
        while (true) {
          target = step(f, c);
          if (target != NONE || f == 0) break;
          f = fail[f];
        }
        fail[child] = target == NONE ? 0 : target;
        int suffix = fail[child];
        outputLink[child] = output[suffix].length > 0 ? suffix : outputLink[suffix];
        queue.add(child);
      }
    }
  }

  private int step(int state, char c) {
    return state == 0 ? rootNext[c] : next.get(state, c);
  }

  /** Number of patterns the automaton was built from. */
  public int patternCount() {
    return patternCount;
  }

  /** Reports every occurrence of every pattern in {@code text} to {@code sink}. */
  public void search(CharSequence text, MatchSink sink) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sink, "sink");
    int state = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = fold(text.charAt(i));
      int t;
      while ((t = step(state, c)) == NONE && state != 0) state = fail[state];
      state = t == NONE ? 0 : t;
      for (int s = output[state].length > 0 ? state : outputLink[state];
          s != NONE;
          s = outputLink[s]) {
        int end = i + 1;
        int start = end - depth[s];
        for (int p : output[s]) sink.match(p, start, end);
      }
    }
  }

  /**
   * Folds Latin upper-case letters to lower case; every other char is returned unchanged. One char
   * in, one char out, so offsets are preserved.
   */
  public static char fold(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    if (c < 0x250) return Character.toLowerCase(c);
    return c;
  }

  /** The trie under construction: children as (char, state) pairs per state. */
  private static final class Trie {
    final List<List<int[]>> children = new ArrayList<>();
    final List<List<Integer>> ends = new ArrayList<>();
    final List<Integer> depth = new ArrayList<>();
    private final TransitionTable index = new TransitionTable(64);

    Trie() {
      newState(0);
    }

    int size() {
      return children.size();
    }

    private int newState(int d) {
      children.add(new ArrayList<>());
      ends.add(new ArrayList<>());
      depth.add(d);
      return children.size() - 1;
    }

    void add(String pattern, int id) {
      int s = 0;
      for (int i = 0; i < pattern.length(); i++) {
        char c = fold(pattern.charAt(i));
        int t = index.get(s, c);
        if (t == NONE) {
          t = newState(i + 1);
          index.put(s, c, t);
          children.get(s).add(new int[] {c, t});
        }
        s = t;
      }
      ends.get(s).add(id);
    }
  }
}
