package nl.plein.project;

import java.util.List;

/** One page of projects and how many there are in all. */
public record ProjectList(List<ProjectSummary> projects, int page, int pageSize, long total) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
