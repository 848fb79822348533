/**
 * The shell around every page: the layout's context (organisation branding, language, signed-in
 * person, CSRF token), the language switch, the theme stylesheet, the home page and error pages.
 * Controllers of other modules never reference it: {@link nl.plein.site.PageContextInterceptor}
 * hands every template its {@code page}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "mail", "project"})
package nl.plein.site;
