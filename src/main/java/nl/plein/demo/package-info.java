/**
 * Demo data for {@code ./plein run}: on an empty database, a fictional municipality with villages,
 * projects and staff for every role, and the login details printed on the console.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "project",
            "audit",
            "decision",
            "notification",
            "plan",
            "report",
            "document",
            "meeting",
            "training",
            "discussion",
            "idea",
            "moderation",
            "panel",
            "survey",
            "opinionmap",
            "accessibility",
            "budget"
        })
package nl.plein.demo;
