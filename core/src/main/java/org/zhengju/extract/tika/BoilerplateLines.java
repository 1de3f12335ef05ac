package org.zhengju.extract.tika;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.zhengju.document.PageSpan;
import org.zhengju.document.TextSpan;

/**
 * Finds the running headers, running footers and page numbers of a paged document: lines at the top
 * or bottom of a page that repeat across pages, and lines that are only a page number.
 *
 * <p>Only the first and last {@value #EDGE_LINES} non-blank lines of each page are candidates, and
 * only lines of at most {@value #MAX_LENGTH} characters. A candidate is a running line when the
 * same line, with its digits ignored (so "2019年年度报告 第 3 页" matches "… 第 4 页"), is a candidate on at
 * least 3 pages, or on at least two pages and half of all pages. A candidate is a page number when
 * it is nothing but one: {@code 3} (a bare number of at most three digits, so that a year on a line
 * of its own stays), {@code - 3 -}, {@code — 3 —}, {@code 第 3 页}, {@code 第3页 共10页}, {@code 共10页
 * 第3页}, {@code 3/10}, {@code Page 3 of 10}. Spans cover a line without its line break.
 */
final class BoilerplateLines {

  static final int EDGE_LINES = 2;
  static final int MAX_LENGTH = 80;

  private static final String DASH = "[-—–－_~·•一]*";
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          DASH
              + "\\d{1,3}"
              + DASH
              + "|第\\d{1,4}页(共\\d{1,4}页)?"
              + "|共\\d{1,4}页第\\d{1,4}页"
              + "|\\d{1,4}/\\d{1,4}"
              + "|(?i:page)\\d{1,4}((?i:of)\\d{1,4})?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private BoilerplateLines() {}

  /** The boilerplate lines of {@code text} whose pages are {@code pages}, in text order. */
  static List<TextSpan> find(String text, List<PageSpan> pages) {
    if (pages.isEmpty()) return List.of();
    List<List<TextSpan>> candidates = new ArrayList<>();
    Map<String, Integer> pagesWithKey = new HashMap<>();
    for (PageSpan page : pages) {
      List<TextSpan> edges = edgeLines(text, page);
      candidates.add(edges);
      Set<String> keys = new HashSet<>();
      for (TextSpan line : edges) keys.add(key(text, line));
      for (String key : keys) pagesWithKey.merge(key, 1, Integer::sum);
    }
    TreeMap<Integer, TextSpan> found = new TreeMap<>();
    for (List<TextSpan> edges : candidates) {
      for (TextSpan line : edges) {
        int count = pagesWithKey.get(key(text, line));
        boolean running = count >= 3 || (count >= 2 && count * 2 >= pages.size());
        if (running || PAGE_NUMBER.matcher(compact(text, line)).matches())
          found.put(line.start(), line);
      }
    }
    return List.copyOf(found.values());
  }

  /** The first and last few non-blank lines of a page, short enough to be headers or footers. */
  private static List<TextSpan> edgeLines(String text, PageSpan page) {
    List<TextSpan> lines = new ArrayList<>();
    int start = page.start();
    while (start < page.end()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 || newline > page.end() ? page.end() : newline;
      int from = start;
      int to = end;
      while (from < to && Character.isWhitespace(text.charAt(from))) from++;
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
      if (to > from) lines.add(new TextSpan(start, end));
      start = end + 1;
    }
    List<TextSpan> edges = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      boolean atEdge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
      if (atEdge && lines.get(i).length() <= MAX_LENGTH) edges.add(lines.get(i));
    }
    return edges;
  }

  private static String key(String text, TextSpan line) {
    return DIGITS.matcher(compact(text, line)).replaceAll("#");
  }

  /** The line without any whitespace, so spacing differences between pages do not matter. */
  private static String compact(String text, TextSpan line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = line.start(); i < line.end(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) out.append(c);
    }
    return out.toString();
  }
}
