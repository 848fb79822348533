package nl.plein;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Rules the module structure alone does not keep: web code translates between HTTP and a module's facade and
 * never talks to the database itself, so every rule a facade applies holds for every door; templates (their
 * compiled classes) render view records and never a controller's types (issue 18).
 */
class ArchitectureRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.plein", "gg.jte.generated");

    @Test
    void controllersAndWebCodeUseNoDatabaseAccess() {
        noClasses()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
                .because("controllers only translate: the module's facade reads and writes, and decides")
                .check(classes);
    }

    /** A controller's own types stay its own: pages get view records that live apart from it. */
    @Test
    void templatesUseNoControllerTypes() {
        DescribedPredicate<JavaClass> controllerTypes = DescribedPredicate.describe(
                "are controllers or nested in one",
                type -> isController(type)
                        || type.getEnclosingClass()
                                .map(ArchitectureRulesTest::isController)
                                .orElse(false));
        noClasses()
                .that()
                .resideInAPackage("gg.jte.generated..")
                .should()
                .dependOnClassesThat(controllerTypes)
                .because("templates render view records; a controller only translates between HTTP and its module")
                .check(classes);
    }

    private static boolean isController(JavaClass type) {
        return type.isAnnotatedWith(org.springframework.stereotype.Controller.class)
                || type.isAnnotatedWith(org.springframework.web.bind.annotation.RestController.class);
    }
}
