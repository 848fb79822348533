package nl.plein.survey.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The questions of a survey in order, with stable codes: the key to a {@link ResponseTable} and its exports. */
public record Codebook(List<Question> questions) {

    public Codebook {
        questions = List.copyOf(questions);
        var seen = new HashMap<String, Integer>();
        for (Question q : questions) {
            if (seen.put(q.code(), 1) != null) {
                throw new IllegalArgumentException("question code " + q.code() + " appears twice");
            }
        }
    }

    /** The position of a question, or -1. */
    public int indexOf(String questionCode) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).code().equals(questionCode)) {
                return i;
            }
        }
        return -1;
    }

    Map<String, Integer> index() {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < questions.size(); i++) {
            index.put(questions.get(i).code(), i);
        }
        return index;
    }
}
