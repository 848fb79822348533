/**
 * Survey analysis: weighting, figures per question, charts and exports. Pure Java: no Spring beans, no
 * database; every type is immutable once built and safe to share, so results can be cached per survey.
 *
 * <h2>How to feed it</h2>
 * <ol>
 *   <li><b>Codebook.</b> Build a {@link nl.plein.survey.analysis.Codebook} from the survey: one
 *       {@link nl.plein.survey.analysis.Question} per question with a stable code (e.g. "q3"), its text, its
 *       {@link nl.plein.survey.analysis.QuestionType} and its {@link nl.plein.survey.analysis.Option}s (code
 *       and label; for scale and grade the code is the value, e.g. 1-5, 0-10, 1-10; for yes/no e.g. 1 = yes,
 *       0 = no; for an area question one option per area). A matrix has rows (code, label) and options (the
 *       scale). Keep options that were removed after responses came in, so old responses stay readable.</li>
 *   <li><b>Responses.</b> {@code ResponseTable.builder(codebook, expectedCount)}, then per response
 *       {@code next(id, areaCode, sex, ageBand, channel)} followed by the answers it has:
 *       {@code choice("q1", code)}, {@code choices("q2", codes...)}, {@code number("q3", 4.5)},
 *       {@code text("q4", "...")}, {@code ranking("q5", codesInOrder...)}, {@code matrix("q6", rowCode,
 *       optionCode)}; leave out what was not answered; then {@code build()}. Unknown area or age band:
 *       null; unknown sex: {@link nl.plein.survey.analysis.Sex#OTHER_UNKNOWN}. Compute the band from the
 *       birth year with {@link nl.plein.survey.analysis.AgeBand#ofAge}. 100,000 responses x 20 questions
 *       take about 13 MB (the arrays), see bench/README.md.</li>
 *   <li><b>Population.</b> Map each {@code nl.plein.tenancy.Area} of the organisation to an
 *       {@link nl.plein.survey.analysis.AreaPopulation} (same numbers, same area code as in the responses) and
 *       call {@link nl.plein.survey.analysis.PopulationMargins#of}. The target population is residents of 16
 *       and older: the band 0-15 is left out, the band 15-25 counts for 9/10 (ages 16-24), the sex shares
 *       of adults are taken from all residents (the figures do not cross sex with age).</li>
 *   <li><b>Weighting.</b> {@link nl.plein.survey.analysis.Raking#weigh}(table, margins,
 *       {@link nl.plein.survey.analysis.RakingSettings#DEFAULT}) returns a
 *       {@link nl.plein.survey.analysis.WeightingResult}: {@code weights()} when it worked (positive, at most
 *       the cap of 5 x the mean, mean 1, with {@code designEffect()} and {@code effectiveSampleSize()}), the
 *       {@code problems()} (message key + arguments; an ERROR means no weights) and the
 *       {@code composition()} (population share, respondents, sample share and weighted share per area, sex
 *       and age band, with {@code underRepresented()}). Weight the whole table once; filters reuse it.</li>
 *   <li><b>Figures.</b> {@code Statistics.all(Selection.of(table, filter), weightsOrNull)} gives one
 *       {@link nl.plein.survey.analysis.QuestionResult} per question (choice, number, text, ranking, matrix,
 *       or {@code Suppressed} when fewer than 5 respondents answered it in the selection), unweighted and
 *       weighted side by side; {@code Statistics.breakdown} splits one question by area, sex, age band or
 *       channel. {@link nl.plein.survey.analysis.Filter} selects areas, sexes, age bands and channels;
 *       {@code Selection.where} takes any predicate on the row.</li>
 *   <li><b>Charts.</b> {@code BarChart.svg(id, title, "Ongewogen", "Gewogen", BarChart.bars(choiceResult),
 *       locale)}: safe to put in a template unescaped ({@code $unsafe{...}} in JTE), no style attributes;
 *       put the table with the same figures beside it.</li>
 *   <li><b>Exports.</b> {@link nl.plein.survey.analysis.ResponseExport}: {@code csv}, {@code codebookCsv},
 *       {@code xlsx} (sheets and fixed columns in the reader's language, from {@code survey.analysis.export.*}).</li>
 * </ol>
 *
 * <p>Messages: {@code i18n/survey_analysis(_en).properties}, already in {@code spring.messages.basename}.
 * Show a problem with {@code page.t(problem.key(), problem.arguments())}.
 */
package nl.plein.survey.analysis;
