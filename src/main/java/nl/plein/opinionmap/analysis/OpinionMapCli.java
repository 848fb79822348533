package nl.plein.opinionmap.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./plein opinion-map --polis-export DIR [--out FILE.json] [--compare]}: the opinion map of a Polis
 * export, computed without the web server or the database. Writes the groups (participant to group),
 * positions, representative and consensus statements and how long the computation took. With
 * {@code --compare} it also prints how the groups compare with those Polis published in the export's
 * {@code participants-votes.csv} ({@link PolisComparison}).
 */
public final class OpinionMapCli {

    private OpinionMapCli() {}

    public static void main(String[] args) throws IOException {
        Path export = null, out = null;
        boolean compare = false;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--polis-export" -> export = Path.of(value(args, ++a));
                case "--out" -> out = Path.of(value(args, ++a));
                case "--compare" -> compare = true;
                default -> usage("unknown option " + args[a]);
            }
        }
        if (export == null) usage("--polis-export DIR is required");
        long started = System.nanoTime();
        PolisExport polis = PolisExport.read(export);
        long read = System.nanoTime();
        Analysis.Result result = Analysis.compute(polis.votes(), polis.moderatedOut(), Analysis.Memory.NONE);
        String json = toJson(polis, result, (read - started) / 1_000_000);
        if (out == null) {
            new PrintStream(System.out, true, StandardCharsets.UTF_8).println(json);
        } else {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                writer.write(json);
            }
            System.err.printf(
                    Locale.ROOT,
                    "%d participants (%d in the map), %d statements, %d votes: %d groups in %d ms; written to %s%n",
                    result.participants(),
                    result.inConversation(),
                    result.statements(),
                    result.votes(),
                    result.k(),
                    result.millis(),
                    out);
        }
        if (compare) {
            try (var reader =
                    Files.newBufferedReader(export.resolve("participants-votes.csv"), StandardCharsets.UTF_8)) {
                System.err.println(describe(PolisComparison.of(polis, result, PolisComparison.readGroups(reader))));
            }
        }
    }

    static String describe(PolisComparison c) {
        var text = new StringBuilder(String.format(
                Locale.ROOT,
                "groups: %d (Polis %d); adjusted Rand index %.3f over %d participants in both; %d only in Polis' groups, %d only in ours",
                c.groups(),
                c.polisGroups(),
                c.ari(),
                c.inBoth(),
                c.onlyPolis(),
                c.onlyPlein()));
        for (var m : c.matches()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%nPolis group %d (%d): our group %d shares %d; top %d statements %s vs ours %s, %d in common",
                    m.polisGroup(),
                    m.polisSize(),
                    m.group(),
                    m.shared(),
                    PolisComparison.TOP,
                    m.polisTop(),
                    m.top(),
                    m.topOverlap()));
        }
        return text.toString();
    }

    private static String value(String[] args, int a) {
        if (a >= args.length) usage(args[a - 1] + " needs a value");
        return args[a];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("Usage: ./plein opinion-map --polis-export DIR [--out FILE.json] [--compare]");
        System.exit(2);
    }

    static String toJson(PolisExport polis, Analysis.Result result, long readMillis) {
        var json = new StringBuilder(64 + result.participants() * 48);
        json.append("{\n  \"computationMillis\": ").append(result.millis());
        json.append(",\n  \"readMillis\": ").append(readMillis);
        json.append(",\n  \"participants\": ").append(result.participants());
        json.append(",\n  \"participantsInMap\": ").append(result.inConversation());
        json.append(",\n  \"statements\": ").append(result.statements());
        json.append(",\n  \"votes\": ").append(result.votes());
        json.append(",\n  \"groupCount\": ").append(result.k());
        json.append(",\n  \"groups\": [");
        for (Analysis.Group group : result.groups()) {
            json.append(group.id() == 0 ? "\n    " : ",\n    ");
            json.append("{\"id\": ").append(group.id()).append(", \"size\": ").append(group.size());
            json.append(", \"centre\": [").append(number(group.centreX())).append(", ");
            json.append(number(group.centreY())).append("], \"representative\": [");
            String separator = "";
            for (Analysis.Representative rep : group.representative()) {
                json.append(separator).append("\n      {\"statement\": ").append(polis.statementIds()[rep.statement()]);
                json.append(", \"direction\": \"")
                        .append(rep.agree() ? "agree" : "disagree")
                        .append('"');
                json.append(", \"inGroup\": ").append(number(rep.inGroup()));
                json.append(", \"outsideGroup\": ").append(number(rep.outsideGroup()));
                json.append(", \"z\": ").append(number(rep.zScore()));
                json.append(", \"text\": ")
                        .append(string(polis.statementTexts().get(rep.statement())))
                        .append('}');
                separator = ",";
            }
            json.append("]}");
        }
        json.append("\n  ],\n  \"consensus\": [");
        String separator = "";
        for (Analysis.Consensus c : result.consensus()) {
            json.append(separator).append("\n    {\"statement\": ").append(polis.statementIds()[c.statement()]);
            json.append(", \"direction\": \"")
                    .append(c.agree() ? "agree" : "disagree")
                    .append('"');
            json.append(", \"probability\": ").append(number(c.probability()));
            json.append(", \"text\": ")
                    .append(string(polis.statementTexts().get(c.statement())))
                    .append('}');
            separator = ",";
        }
        json.append("\n  ],\n  \"participantGroups\": [");
        separator = "";
        for (int i = 0; i < result.participants(); i++) {
            if (result.group()[i] < 0) continue;
            json.append(separator).append("\n    {\"participant\": ").append(polis.voterIds()[i]);
            json.append(", \"group\": ").append(result.group()[i]);
            json.append(", \"x\": ").append(number(result.x()[i]));
            json.append(", \"y\": ").append(number(result.y()[i])).append('}');
            separator = ",";
        }
        return json.append("\n  ]\n}").toString();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.5f", d);
    }

    static String string(String s) {
        var out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
