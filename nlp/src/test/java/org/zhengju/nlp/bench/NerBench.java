package org.zhengju.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.nlp.CoreNlpEntityRecognizer;
import org.zhengju.nlp.CoreNlpSettings;
import org.zhengju.nlp.CoreNlpStats;
import org.zhengju.nlp.NlpUnavailableException;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;

/**
 * Benchmark (not a test): model load time, characters per second of the CoreNLP path and heap used,
 * on the first reports of the State Council government work reports ({@code ../shared/data/real},
 * never copied into the project).
 *
 * <p>Run one segmenter per JVM so heap figures are its own: {@code MAVEN_OPTS=-Xmx4g mvn -q -pl nlp
 * -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zhengju.nlp.bench.NerBench -Dexec.args="CTB_SMALL 5"}. Arguments: segmenter
 * ({@code CTB_SMALL} or {@code CTB}), number of reports, optional max chunk chars, optional path of
 * the JSONL file.
 */
public final class NerBench {
  private static final List<String> CANDIDATES =
      List.of(
          "/work/shared/data/real/government_work_reports.jsonl",
          "../shared/data/real/government_work_reports.jsonl",
          "../../shared/data/real/government_work_reports.jsonl");

  private NerBench() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    CoreNlpSettings.Segmenter segmenter =
        CoreNlpSettings.Segmenter.valueOf(args.length > 0 ? args[0] : "CTB_SMALL");
    int reports = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    CoreNlpSettings settings = CoreNlpSettings.of(segmenter);
    if (args.length > 2) settings = settings.withMaxChunkChars(Integer.parseInt(args[2]));
    Optional<Path> file = args.length > 3 ? Optional.of(Path.of(args[3])) : findCorpus();
    if (file.isEmpty() || !Files.isReadable(file.get())) {
      System.out.println(
          "SKIPPED: government_work_reports.jsonl not found (looked at "
              + CANDIDATES
              + "); it lives in ../shared/data/real beside the checkout, not in the project");
      return;
    }
    List<String> texts = readContents(file.get(), reports);
    long totalChars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(
        "corpus: %s, %d reports, %,d chars; segmenter %s, chunks <= %d chars; max heap %d MB; %d cpus%n",
        file.get(),
        texts.size(),
        totalChars,
        segmenter,
        settings.maxChunkChars(),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());

    Optional<String> reason = CoreNlpEntityRecognizer.unavailableReason(settings);
    if (reason.isPresent()) {
      System.out.println(reason.get());
      return;
    }
    try (CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer(settings)) {
      long t0 = System.nanoTime();
      try {
        recognizer.load();
      } catch (NlpUnavailableException e) {
        System.out.println(e.getMessage());
        return;
      }
      long loadMillis = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(
          "model load: %,d ms; heap used after load and GC: %d MB%n", loadMillis, usedAfterGc());

      // warm-up (JIT) on the first report, not counted
      String warm = texts.get(0);
      recognizer.recognize(
          new NormalizedText(warm, warm, OffsetMap.identity(warm.length())), paragraphs(warm));
      CoreNlpStats warmStats = recognizer.stats();

      Map<EntityKind, Integer> kinds = new EnumMap<>(EntityKind.class);
      List<String> companies = new ArrayList<>();
      long cpu1 = processCpuNanos();
      long workerCpu1 = workerCpuNanos();
      long t1 = System.nanoTime();
      for (String content : texts) {
        NormalizedText text =
            new NormalizedText(content, content, OffsetMap.identity(content.length()));
        for (Mention m : recognizer.recognize(text, paragraphs(content))) {
          kinds.merge(m.kind(), 1, Integer::sum);
          if (m.kind() == EntityKind.COMPANY && companies.size() < 15) companies.add(m.text());
        }
      }
      double seconds = (System.nanoTime() - t1) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpu1) / 1e9;
      double workerSeconds = (workerCpuNanos() - workerCpu1) / 1e9;
      CoreNlpStats stats = recognizer.stats();
      System.out.printf(
          "NER path: %,d chars in %.1f s = %,.0f chars/s (after warm-up)%n",
          totalChars, seconds, totalChars / seconds);
      // the machine is shared: CPU time says what one core does when it is not waiting for others
      System.out.printf(
          "NER path CPU: %.1f s of process CPU = %,.0f chars per CPU-second (system load %.1f)%n",
          cpuSeconds,
          totalChars / cpuSeconds,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf(
          "NER worker thread CPU: %.1f s = %,.0f chars per CPU-second of annotation (no GC, no JIT)%n",
          workerSeconds, totalChars / workerSeconds);
      System.out.printf(
          "stats (incl. warm-up of %d chunks, %d ms): %s%n",
          warmStats.chunks(), warmStats.millis(), stats);
      // an upper bound only: pool peaks happen at different times and G1 collects lazily in a large
      // heap; the heap
      // actually needed is found by lowering -Xmx until loading fails
      System.out.printf(
          "peak heap (sum of heap pool peaks, upper bound): %d MB; used after GC: %d MB%n",
          peakHeap(), usedAfterGc());
      System.out.printf("mentions by kind: %s%nfirst companies: %s%n", kinds, companies);
    }
  }

  private static Optional<Path> findCorpus() {
    String env = System.getenv("ZHENGJU_SHARED_DATA");
    if (env != null) return Optional.of(Path.of(env, "real", "government_work_reports.jsonl"));
    return CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst();
  }

  private static List<String> readContents(Path file, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while (out.size() < limit && (line = reader.readLine()) != null) {
        JsonNode content = json.readTree(line).get("content");
        if (content != null && content.isTextual()) out.add(content.asText());
      }
    }
    return out;
  }

  /** Blank-line separated paragraphs as passages, as the passage splitter would give them. */
  private static List<Passage> paragraphs(String content) {
    List<Passage> out = new ArrayList<>();
    int start = 0;
    while (start < content.length()) {
      int end = content.indexOf("\n\n", start);
      end = end < 0 ? content.length() : end;
      if (end > start)
        out.add(
            new Passage(
                out.size(),
                start,
                end,
                start,
                end,
                Optional.empty(),
                content.substring(start, end)));
      start = end + 2;
    }
    return out;
  }

  /** CPU time of the recognizer's worker threads (named zhengju-corenlp) still alive. */
  private static long workerCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("zhengju-corenlp"))
        sum += Math.max(0, threads.getThreadCpuTime(thread.getId()));
    }
    return sum;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
    return 0;
  }

  private static long usedAfterGc() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) >> 20;
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }
}
