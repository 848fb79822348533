import java.lang.management.ManagementFactory;
import java.util.Locale;
import nl.plein.opinionmap.analysis.Analysis;
import nl.plein.opinionmap.analysis.PlantedElectorate;
import nl.plein.opinionmap.analysis.PolisExport;

/**
 * One opinion-map computation, timed: either a synthetic electorate with planted groups
 * (PARTICIPANTS STATEMENTS VOTES GROUPS) or a Polis export (--polis DIR). Run in its own JVM per case by
 * bench/opinion-map.sh, so the peak memory (RSS, from /usr/bin/time) is that of one case. Prints one line.
 * The computation runs ROUNDS times in the JVM (default 3) and the median is reported, the first
 * round included in the list, so a cold start is visible.
 */
public class OpinionMapBench {
    public static void main(String[] args) throws Exception {
        long generated = System.nanoTime();
        var polis = args[0].equals("--polis") ? PolisExport.read(java.nio.file.Path.of(args[1])) : null;
        var votes = polis != null
                ? polis.votes()
                : PlantedElectorate.generate(
                                Integer.parseInt(args[0]),
                                Integer.parseInt(args[1]),
                                Long.parseLong(args[2]),
                                Integer.parseInt(args[3]),
                                0.8,
                                1)
                        .votes();
        boolean[] out = polis != null ? polis.moderatedOut() : new boolean[votes.statements()];
        long built = System.nanoTime();
        int rounds = Integer.getInteger("rounds", 3);
        long[] millis = new long[rounds];
        long[] cpu = new long[rounds];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Analysis.Result result = null;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long startCpu = os.getProcessCpuTime();
            result = Analysis.compute(votes, out, Analysis.Memory.NONE);
            millis[r] = (System.nanoTime() - start) / 1_000_000;
            cpu[r] = (os.getProcessCpuTime() - startCpu) / 1_000_000;
        }
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        long[] sortedCpu = cpu.clone();
        java.util.Arrays.sort(sortedCpu);
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "%d participants x %d statements, %d votes, %d in the map: %d groups; computation median %d ms (rounds %s), CPU time of the process median %d ms; input built in %d ms; heap peak %d MB%n",
                result.participants(),
                result.statements(),
                result.votes(),
                result.inConversation(),
                result.k(),
                sorted[rounds / 2],
                java.util.Arrays.toString(millis),
                sortedCpu[rounds / 2],
                (built - generated) / 1_000_000,
                heapPeak >> 20);
    }
}
