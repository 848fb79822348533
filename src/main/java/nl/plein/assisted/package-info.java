/**
 * Input on a resident's behalf: staff at a desk, on the phone or with a paper form in hand enter ideas,
 * supports, contributions, opinion-map votes, budget ballots and meeting registrations for residents who do not take part online. Each is stored
 * by its own module with the channel and the staff member who entered it; a resident known by their panel
 * membership or the code on their letter is one person across channels (see {@link nl.plein.shared.Voter}).
 * This module holds only the back-office pages; the rules stay with the modules that own the input.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "project",
            "idea",
            "discussion",
            "meeting",
            "panel",
            "opinionmap",
            "budget"
        })
package nl.plein.assisted;
