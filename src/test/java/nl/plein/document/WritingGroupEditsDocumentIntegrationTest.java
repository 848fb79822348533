package nl.plein.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.plein.document.DocumentModel.SuggestionStatus;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WritingGroupEditsDocumentIntegrationTest extends PleinIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    DocumentManagement documents;

    @Autowired
    DocumentFixtures fixtures;

    @Test
    void twoWritersSavingOneSectionAtOnceAreDetectedAndNothingIsLost() {
        Organisation org = data.organisation("Gemeente Schrijven");
        PleinPrincipal staff = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        String residentEmail = data.resident(org);
        PleinPrincipal resident = principal(org, residentEmail);
        long id = documents.create(org.id(), staff, "Dorpsvisie Rietbroek", "", "");
        documents.addWriter(org.id(), staff, id, residentEmail);
        long section = documents.addSection(org.id(), staff, id, "Wonen", "Eerste alinea.\n\nTweede alinea.");
        int opened = documents.draft(org.id(), id).getFirst().version();

        documents.editSection(
                org.id(), resident, id, section, "Wonen", "Eerste alinea, beter.\n\nTweede alinea.", opened);
        assertThatThrownBy(() -> documents.editSection(
                        org.id(), staff, id, section, "Wonen", "Eerste alinea.\n\nTweede alinea, anders.", opened))
                .isInstanceOfSatisfying(
                        SectionConflictException.class,
                        e -> assertThat(e.current().body()).isEqualTo("Eerste alinea, beter.\n\nTweede alinea."));
        assertThat(documents.draft(org.id(), id).getFirst().body())
                .isEqualTo("Eerste alinea, beter.\n\nTweede alinea.");

        // Who changed what goes into the version.
        int version = documents.makeVersion(org.id(), staff, id, "Eerste concept");
        assertThat(documents.versions(org.id(), id).getFirst().changes())
                .extracting(DocumentModel.Change::changedBy)
                .containsExactly(staff.displayName(), resident.displayName());
        // Nothing changed since: no empty second version.
        assertThatThrownBy(() -> documents.makeVersion(org.id(), staff, id, ""))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors().get("note")).isEqualTo("document.error.noChanges"));
        assertThat(version).isEqualTo(1);
    }

    @Test
    void suggestionsAreAcceptedIntoTheDraftOrRejectedWithAReason() throws Exception {
        Organisation org = data.organisation("Gemeente Voorstel");
        PleinPrincipal staff = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        PleinPrincipal resident = principal(org, data.resident(org));
        long id = documents.create(org.id(), staff, "Dorpsvisie", "", "");
        long section = documents.addSection(org.id(), staff, id, "Groen", "Er komen meer bomen.\n\nHet park blijft.");
        documents.makeVersion(org.id(), staff, id, "");

        String key = UUID.randomUUID().toString();
        long s1 = documents.suggest(org.id(), resident, id, 1, section, 0, "Er komen meer bomen en bloemen.", key);
        // The same form sent twice gives one suggestion.
        assertThat(documents.suggest(org.id(), resident, id, 1, section, 0, "Er komen meer bomen en bloemen.", key))
                .isEqualTo(s1);
        long s2 = documents.suggest(org.id(), resident, id, 1, section, 1, "Het park wordt groter.", "");
        long s3 = documents.suggest(org.id(), resident, id, 1, section, 0, "Er komen minder bomen.", "");
        // A resident cannot decide; a reason is needed to reject.
        assertThatThrownBy(() -> documents.accept(org.id(), resident, id, s1, ""))
                .isInstanceOf(NotAWriterException.class);
        assertThatThrownBy(() -> documents.reject(org.id(), staff, id, s2, " "))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors().get("reason-" + s2)).isEqualTo("document.error.reason"));

        documents.accept(org.id(), staff, id, s1, "Goed idee");
        documents.reject(org.id(), staff, id, s2, "Daar is geen ruimte voor");
        // s3 was about the paragraph s1 changed: it no longer matches and is not applied blindly.
        assertThatThrownBy(() -> documents.accept(org.id(), staff, id, s3, ""))
                .isInstanceOfSatisfying(
                        InvalidDocumentException.class,
                        e -> assertThat(e.errors().get("reason-" + s3)).isEqualTo("document.error.suggestionOutdated"));

        assertThat(documents.draft(org.id(), id).getFirst().body())
                .isEqualTo("Er komen meer bomen en bloemen.\n\nHet park blijft.");
        assertThat(documents.suggestions(org.id(), id))
                .extracting(DocumentModel.Suggestion::status)
                .containsExactly(SuggestionStatus.OPEN, SuggestionStatus.ACCEPTED, SuggestionStatus.REJECTED);

        documents.makeVersion(org.id(), staff, id, "Met voorstellen");
        var comparison = documents.compare(org.id(), id, 1, 2).orElseThrow();
        assertThat(comparison.getFirst().parts())
                .containsExactly(
                        new WordDiff.Part(WordDiff.Kind.SAME, "Er komen meer bomen"),
                        new WordDiff.Part(WordDiff.Kind.INSERTED, " en bloemen"),
                        new WordDiff.Part(WordDiff.Kind.SAME, ".\n\nHet park blijft."));

        // Published as a page and a PDF with the final text.
        documents.publishFinal(org.id(), staff, id, 2);
        fixtures.publishIn(org, id);
        var pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/documenten/" + id + "/pdf"))
                                .header("Host", TestData.host(org))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Er komen meer bomen en bloemen.");
        }
    }

    @Test
    void anotherOrganisationSeesNothing() {
        Organisation org = data.organisation("Gemeente Eigen");
        Organisation other = data.organisation("Gemeente Ander");
        PleinPrincipal staff = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        long id = documents.create(org.id(), staff, "Dorpsvisie", "", "");
        documents.addSection(org.id(), staff, id, "Wonen", "Tekst.");
        documents.makeVersion(org.id(), staff, id, "");
        assertThat(documents.document(other.id(), id)).isEmpty();
        var client = client(TestData.host(other));
        for (String path : List.of(
                "/documenten/" + id, "/documenten/" + id + "/versies/1", "/documenten/" + id + "/vergelijken")) {
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(404);
        }
        var anonymous = client(TestData.host(org));
        // Not in a published project yet: only its writers and staff read it, not the search page either.
        assertThat(anonymous.get("/documenten/" + id).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/zoeken?q=Wonen").body()).doesNotContain("/documenten/" + id);
        fixtures.publishIn(org, id);
        assertThat(anonymous.get("/documenten/" + id).statusCode()).isEqualTo(200);
        // Taking part needs an account; writing needs the writing group.
        anonymous.get("/inloggen"); // a valid CSRF token, so only the missing login stops the post
        var posted = anonymous.post(
                "/documenten/" + id + "/versies/1/alinea/"
                        + documents.draft(org.id(), id).getFirst().id() + "/0/reactie",
                java.util.Map.of("text", "Anoniem"));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inloggen"));
        assertThat(documents.allComments(org.id(), id)).isEmpty();
        var resident = client(TestData.host(org));
        resident.login(data.resident(org), TestData.PASSWORD);
        assertThat(resident.get("/documenten/" + id + "/concept").statusCode()).isEqualTo(403);
        assertThat(resident.get("/beheer/documenten/" + id).statusCode()).isEqualTo(403);
    }

    private PleinPrincipal principal(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow();
    }
}
