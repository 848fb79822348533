package nl.plein.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers as stored: question id to a list of strings (see the package documentation). */
final class Answers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, List<String>>> TYPE = new TypeReference<>() {};

    private Answers() {}

    static Map<String, List<String>> parse(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        return JSON.readValue(json, TYPE);
    }

    static String write(Map<String, List<String>> answers) {
        return JSON.writeValueAsString(answers);
    }

    /** The answers with everything no longer visible left out, so a skipped question never counts. */
    static Map<String, List<String>> onlyVisible(Survey survey, Map<String, List<String>> answers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Question q : survey.allQuestions()) {
            List<String> given = answers.get(q.key());
            if (given != null && (q.removed() || survey.visible(q, answers))) {
                kept.put(q.key(), new ArrayList<>(given));
            }
        }
        return kept;
    }
}
