package nl.plein.project.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.project.ProjectFilter;
import nl.plein.project.ProjectList;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.project.Theme;
import nl.plein.tenancy.Area;

/** What the public list shows: one page of projects, the filters chosen and the choices for them. */
public record ProjectListView(
        ProjectList list, ProjectFilter filter, List<Area> areas, List<Theme> themes, List<ProjectStatus> statuses) {

    public List<String> areaNames(ProjectSummary project) {
        Map<Long, String> names = areas.stream().collect(Collectors.toMap(Area::id, Area::name));
        return project.areaIds().stream().map(names::get).filter(n -> n != null).toList();
    }

    /** The address of another page with the same filters. */
    public String pageUrl(int page) {
        var query = new StringBuilder("/projecten?pagina=").append(page);
        if (filter.areaId() != null) {
            query.append("&wijk=").append(filter.areaId());
        }
        if (filter.themeId() != null) {
            query.append("&thema=").append(filter.themeId());
        }
        if (filter.status() != null) {
            query.append("&status=").append(filter.status().name());
        }
        return query.toString();
    }
}
