package nl.plein.opinionmap.analysis;

import java.util.SplittableRandom;

/**
 * A synthetic electorate with planted opinion groups, for tests, benchmarks and the demo. Each group
 * has a stance per statement (agree 40%, disagree 40% or split 20%); a share of statements is common ground that
 * every group agrees with. Each participant votes on about votes/participants statements chosen at
 * random and follows their group's stance with probability {@code loyalty}, passes 10% of the time.
 * Votes come out in time order (participant by participant). The same seed gives the same electorate.
 */
public record PlantedElectorate(
        int participants,
        int statements,
        int groups,
        byte[][] stance,
        int[] plantedGroup,
        int[] participant,
        int[] statement,
        byte[] vote,
        int count) {

    public static PlantedElectorate generate(
            int participants, int statements, long votes, int groups, double loyalty, long seed) {
        var random = new SplittableRandom(seed);
        byte[][] stance = new byte[groups][statements];
        for (int j = 0; j < statements; j++) {
            boolean common = j % 10 == 0; // every tenth statement: common ground
            for (int g = 0; g < groups; g++) {
                double roll = random.nextDouble();
                stance[g][j] = common || roll < 0.4 ? Votes.AGREE : roll < 0.8 ? Votes.DISAGREE : Votes.PASS;
            }
        }
        int[] planted = new int[participants];
        for (int i = 0; i < participants; i++) planted[i] = (int) ((long) i * groups / participants);
        int total = (int) Math.min(votes, (long) participants * statements);
        int[] p = new int[total], s = new int[total];
        byte[] v = new byte[total];
        int n = 0;
        boolean[] seen = new boolean[statements];
        int[] chosen = new int[statements];
        for (int i = 0; i < participants; i++) {
            // Spread the votes evenly: participant i gets its share of what is left.
            int want = (int) Math.min(statements, (long) (total - n) / (participants - i));
            int c = 0;
            while (c < want) {
                int j = random.nextInt(statements);
                if (!seen[j]) {
                    seen[j] = true;
                    chosen[c++] = j;
                }
            }
            for (int a = 0; a < c; a++) {
                int j = chosen[a];
                seen[j] = false;
                byte own = stance[planted[i]][j];
                double roll = random.nextDouble();
                byte vote;
                if (roll < 0.1) vote = Votes.PASS;
                else if (own == Votes.PASS) vote = random.nextBoolean() ? Votes.AGREE : Votes.DISAGREE;
                else vote = roll < 0.1 + 0.9 * loyalty ? own : (byte) -own;
                p[n] = i;
                s[n] = j;
                v[n] = vote;
                n++;
            }
        }
        return new PlantedElectorate(participants, statements, groups, stance, planted, p, s, v, n);
    }

    public Votes votes() {
        return Votes.of(participants, statements, participant, statement, vote, count);
    }
}
