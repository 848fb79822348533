/**
 * Projects: participation processes with a title, summary, body, image, areas and themes, a contact
 * person and phases. Each phase has a ladder level and its room for influence (what is fixed, what is
 * open, who decides and when). {@link nl.plein.project.ProjectManagement} is the facade for commands
 * and queries; {@link nl.plein.project.ProjectPublished} and {@link nl.plein.project.ProjectClosed}
 * tell other modules what happened.
 *
 * <h2>The Component contract</h2>
 * A component is a way to take part inside a phase (survey, discussion, ideas, opinion map, ...).
 * A module that offers one declares a Spring bean implementing {@link nl.plein.project.ComponentType}
 * and depends on {@code project}; {@code project} never depends on it (Decidim's direction).
 * <ul>
 *   <li>{@code key()} is stored in {@code phase_component.type_key}; never change it once used.</li>
 *   <li>{@code nameKey()} and {@code descriptionKey()} are message keys in the module's own bundle.</li>
 *   <li>{@code settingFields()} declares the settings staff fill in when they add the component to a
 *       phase; the project module renders that form, checks required fields and stores the values
 *       as JSON in {@code phase_component.settings}. {@code validate} adds the type's own rules.</li>
 *   <li>{@code publicHtml} is shown inside the phase on the project page (it must return safe HTML,
 *       e.g. through {@link nl.plein.shared.Markdown}); {@code publicUrl} links to the page where
 *       residents take part, when the component has one.</li>
 *   <li>{@code participation} reports who took part and what came out, as a
 *       {@link nl.plein.project.Participation}, for the participation report and the dashboard.</li>
 *   <li>{@code inputs} lists the {@link nl.plein.project.Input} a decision can link to.</li>
 * </ul>
 * {@link nl.plein.project.ComponentRegistry} finds the types by key. The project module ships one
 * type itself, "information" (a Markdown text in the phase), which fits the "inform" ladder level.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "audit"})
package nl.plein.project;
