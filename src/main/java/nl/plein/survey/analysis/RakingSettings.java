package nl.plein.survey.analysis;

/**
 * How the raking runs.
 *
 * @param tolerance     the largest difference allowed between a weighted share and the population share
 *                      of any category, as a fraction (0.0001 = 0.01 percentage point)
 * @param maxIterations the most raking rounds (each round adjusts area, sex and age band once, then trims)
 * @param capFactor     no weight exceeds this many times the mean weight (weights are trimmed to it and the
 *                      excess spread over the others, then raked again); must be above 1
 */
public record RakingSettings(double tolerance, int maxIterations, double capFactor) {

    public static final RakingSettings DEFAULT = new RakingSettings(0.0001, 100, 5.0);

    public RakingSettings {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be between 0 and 1");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1");
        }
        if (!(capFactor > 1) || Double.isInfinite(capFactor)) {
            throw new IllegalArgumentException("capFactor must be a number above 1");
        }
    }

    public RakingSettings withCapFactor(double capFactor) {
        return new RakingSettings(tolerance, maxIterations, capFactor);
    }
}
