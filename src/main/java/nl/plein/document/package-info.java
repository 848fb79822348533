/**
 * Shared documents, first used for a village vision (dorpsvisie): staff make a document in sections
 * and name a writing group of residents and staff, who edit the draft and fix numbered versions.
 * Every version stays readable; residents comment per paragraph and propose other wording, which the
 * writing group accepts (the draft changes) or rejects with a reason. Any two versions can be compared
 * word by word ({@link nl.plein.document.WordDiff}). Two writers saving the same section at once are
 * detected per section and the second is shown both texts, never silently overwritten. The final
 * version is published as a page and a PDF. {@link nl.plein.document.DocumentManagement} is the facade;
 * the "shared-document" component shows a document in a project's phase.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "project", "audit"})
package nl.plein.document;
