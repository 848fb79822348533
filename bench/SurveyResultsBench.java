import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.plein.survey.analysis.*;

/**
 * Results with weighting for 100,000 responses x 20 questions: builds the response table (not timed), then
 * times raking to the margins of 12 areas plus the figures of all 20 questions, weighted and unweighted, for
 * all responses and for one filter (one area). Prints the first (cold JVM) time, the median of 5 warm
 * runs, the table's size and the peak heap used. Run by bench/survey-results.sh.
 */
public class SurveyResultsBench {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        var random = new Random(42);
        List<Option> five = options(1, 5);
        List<Option> eleven = options(0, 10);
        List<Option> grades = options(1, 10);
        List<Option> eight = options(1, 8);
        List<Option> rows = options(1, 5);
        var questions = new ArrayList<Question>();
        for (int i = 0; i < 4; i++) {
            questions.add(Question.withOptions("s" + i, "Keuze " + i, QuestionType.SINGLE_CHOICE, eight));
        }
        questions.add(Question.withOptions("sc1", "Schaal 1-5", QuestionType.SCALE, five));
        questions.add(Question.withOptions("sc2", "Schaal 0-10", QuestionType.SCALE, eleven));
        questions.add(Question.withOptions("g1", "Cijfer", QuestionType.GRADE, grades));
        questions.add(Question.withOptions("yn", "Ja/nee", QuestionType.YES_NO, List.of(new Option(1, "Ja"), new Option(0, "Nee"))));
        for (int i = 0; i < 3; i++) {
            questions.add(Question.withOptions("m" + i, "Meerkeuze " + i, QuestionType.MULTIPLE_CHOICE, eight));
        }
        for (int i = 0; i < 3; i++) {
            questions.add(Question.open("n" + i, "Getal " + i, QuestionType.NUMBER));
        }
        for (int i = 0; i < 2; i++) {
            questions.add(Question.withOptions("r" + i, "Rangorde " + i, QuestionType.RANKING, five));
            questions.add(Question.matrix("x" + i, "Matrix " + i, rows, five));
        }
        questions.add(Question.open("o1", "Open", QuestionType.OPEN_TEXT));
        questions.add(Question.withOptions("a1", "Wijk", QuestionType.AREA, options(1, 12)));
        var codebook = new Codebook(questions);

        var population = new ArrayList<AreaPopulation>();
        for (int a = 0; a < 12; a++) {
            int s = 1000 + random.nextInt(4000);
            population.add(new AreaPopulation("W" + a, 5 * s, 5 * s / 2, 5 * s / 2, s, s / 2, s * 3 / 2, s * 5 / 4, s * 3 / 4));
        }
        PopulationMargins margins = PopulationMargins.of(population);

        long buildStart = System.nanoTime();
        var b = ResponseTable.builder(codebook, n);
        Sex[] sexes = Sex.values();
        AgeBand[] bands = {AgeBand.AGE_15_25, AgeBand.AGE_25_45, AgeBand.AGE_45_65, AgeBand.AGE_65_PLUS};
        for (int r = 0; r < n; r++) {
            // A panel skewed the usual way: more men, more older residents.
            Sex sex = random.nextDouble() < 0.58 ? Sex.MAN : random.nextDouble() < 0.97 ? Sex.WOMAN : sexes[2];
            AgeBand band = bands[Math.min(3, (int) Math.floor(Math.sqrt(random.nextDouble()) * 4))];
            int area = random.nextInt(12);
            b.next(r, "W" + area, sex, band, random.nextInt(10) == 0 ? Channel.PAPER : Channel.PANEL);
            for (int i = 0; i < 4; i++) {
                b.choice("s" + i, 1 + random.nextInt(8));
            }
            b.choice("sc1", 1 + random.nextInt(5)).choice("sc2", random.nextInt(11)).choice("g1", 1 + random.nextInt(10));
            b.choice("yn", random.nextInt(2));
            for (int i = 0; i < 3; i++) {
                b.choices("m" + i, 1 + random.nextInt(8), 1 + random.nextInt(8));
            }
            for (int i = 0; i < 3; i++) {
                b.number("n" + i, Math.round(random.nextGaussian() * 1000) / 10.0 + 50);
            }
            for (int i = 0; i < 2; i++) {
                int[] order = {1, 2, 3, 4, 5};
                for (int k = 4; k > 0; k--) {
                    int j = random.nextInt(k + 1);
                    int t = order[k];
                    order[k] = order[j];
                    order[j] = t;
                }
                b.ranking("r" + i, Arrays.copyOf(order, 3));
                for (int row = 1; row <= 5; row++) {
                    b.matrix("x" + i, row, 1 + random.nextInt(5));
                }
            }
            if (random.nextInt(4) == 0) {
                b.text("o1", "Antwoord " + r);
            }
            b.choice("a1", area + 1);
        }
        ResponseTable table = b.build();
        long buildMs = (System.nanoTime() - buildStart) / 1_000_000;
        long tableHeap = usedHeapAfterGc();

        var threads = ManagementFactory.getThreadMXBean();
        resetPeaks();
        long coldCpu = threads.getCurrentThreadCpuTime();
        long cold = run(table, margins);
        coldCpu = threads.getCurrentThreadCpuTime() - coldCpu;
        long peakHeap = peakHeap();
        long[] warm = new long[5];
        long[] warmCpu = new long[5];
        for (int i = 0; i < 3; i++) {
            run(table, margins);
        }
        for (int i = 0; i < warm.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            warm[i] = run(table, margins);
            warmCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        WeightingResult result = Raking.weigh(table, margins, RakingSettings.DEFAULT);
        Weights w = result.weights().orElseThrow();
        System.out.printf("responses=%d questions=%d build_ms=%d%n", table.size(), codebook.questions().size(), buildMs);
        System.out.printf("raking: iterations=%d design_effect=%.3f effective_n=%.0f max_weight=%.2f%n",
                w.iterations(), w.designEffect(), w.effectiveSampleSize(), w.max());
        // Wall time is what a user waits; CPU time of the thread shows the work when other processes
        // compete for the cores (the machine is shared).
        System.out.printf("cold_ms=%.1f warm_median_ms=%.1f cold_cpu_ms=%.1f warm_cpu_median_ms=%.1f load_average=%.1f%n",
                cold / 1e6, warm[2] / 1e6, coldCpu / 1e6, warmCpu[2] / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("heap_after_building_table_mb=%.1f peak_heap_during_first_run_mb=%.1f%n",
                tableHeap / 1048576.0, peakHeap / 1048576.0);
    }

    /** Weighting + all questions weighted for everybody + all questions for one area: one results page. */
    static long run(ResponseTable table, PopulationMargins margins) {
        long start = System.nanoTime();
        WeightingResult result = Raking.weigh(table, margins, RakingSettings.DEFAULT);
        Weights weights = result.weights().orElseThrow();
        List<QuestionResult> all = Statistics.all(Selection.all(table), weights);
        List<QuestionResult> area = Statistics.all(Selection.of(table, Filter.ALL.withAreas("W3")), weights);
        long elapsed = System.nanoTime() - start;
        if (all.size() != area.size() || all.stream().anyMatch(r -> r instanceof QuestionResult.Suppressed)) {
            throw new IllegalStateException("unexpected results");
        }
        return elapsed;
    }

    static List<Option> options(int from, int to) {
        var list = new ArrayList<Option>();
        for (int i = from; i <= to; i++) {
            list.add(new Option(i, "Optie " + i));
        }
        return list;
    }

    static long usedHeapAfterGc() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
