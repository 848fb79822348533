package nl.plein.budget.count;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./plein pb-tally --pabulib FILE.pb --rule greedy|mes|mes-fill}: counts a pabulib file without the
 * web server or the database, with the same code as the budget component, and prints the ids of the funded
 * projects, one per line, sorted. A file with errors is refused with every error and its line number.
 */
public final class PbTallyCli {

    private PbTallyCli() {}

    public static void main(String[] args) throws IOException {
        Path file = null;
        Rule rule = null;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--pabulib" -> file = Path.of(value(args, ++a));
                case "--rule" -> {
                    String key = value(args, ++a);
                    rule = Rule.of(key).orElseGet(() -> usage("unknown rule " + key));
                }
                default -> usage("unknown option " + args[a]);
            }
        }
        if (file == null || rule == null) usage("--pabulib FILE.pb and --rule are required");
        Pabulib.PbFile pb;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            pb = Pabulib.read(reader);
        } catch (Pabulib.FormatException e) {
            System.err.println(file + " cannot be counted:");
            e.errors().forEach(error -> System.err.println("  " + error));
            System.exit(1);
            return;
        }
        Instance instance = pb.toInstance();
        Outcome outcome = Tally.count(instance, rule);
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        outcome.selected().stream()
                .map(p -> instance.projects().get(p).id())
                .sorted(Pabulib.ID_ORDER)
                .forEach(out::println);
    }

    private static String value(String[] args, int a) {
        if (a >= args.length) usage(args[a - 1] + " needs a value");
        return args[a];
    }

    private static <T> T usage(String problem) {
        System.err.println(problem);
        System.err.println("Usage: ./plein pb-tally --pabulib FILE.pb --rule greedy|mes|mes-fill");
        System.exit(2);
        return null;
    }
}
