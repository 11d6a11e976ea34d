package io.tailor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;

/**
 * The shape of the code that {@link ModularityTest} does not see: Spring Modulith checks that the
 * feature modules form no cycle and reach into no other module's internals, but not which way the
 * dependencies point, what the core may import, or how controllers are declared.
 */
@AnalyzeClasses(packages = "io.tailor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "io.tailor.library..",
        "io.tailor.profile..",
        "io.tailor.selection..",
        "io.tailor.phase..",
        "io.tailor.simulation..",
        "io.tailor.estimation.."
    };

    /** A controller and the request and reply records nested in it: the web edge inside a feature. */
    private static final DescribedPredicate<JavaClass> WEB_EDGE =
            DescribedPredicate.describe("controllers and the types nested in them", ArchitectureTest::isInController);

    /** A bad stored value must not come back as the client's 400, nor may the simulator need a servlet. */
    @ArchTest
    static final ArchRule theDomainSpeaksNoHttpOutsideItsControllers = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .and(DescribedPredicate.not(WEB_EDGE))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.tailor.web..", "org.springframework.web..", "jakarta.servlet..", "org.springframework.http..");

    /** The decisions the service, the simulator and the evaluator share take records and return records. */
    @ArchTest
    static final ArchRule selectionAndTheSimulatorUseNoSpringAndNoSql = noClasses()
            .that()
            .resideInAnyPackage("io.tailor.selection..", "io.tailor.simulation..", "io.tailor.estimation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..");

    /** The package graph itself, whatever the modules are declared to allow. */
    @ArchTest
    static final ArchRule packagesFormNoCycle =
            slices().matching("io.tailor.(*)..").should().beFreeOfCycles();

    /**
     * HTTP adapters and feature services over the domain core, over the shared plumbing; the simulator,
     * the demo data and the web app's pages at the edge, which nothing in the service uses.
     */
    @ArchTest
    static final ArchRule layersPointDownward = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.tailor..")
            .layer("Launcher")
            .definedBy("io.tailor")
            .layer("Edges")
            .definedBy("io.tailor.simulation..", "io.tailor.demo..", "io.tailor.openapi..", "io.tailor.webapp..")
            .layer("Features")
            .definedBy(
                    "io.tailor.feedback..",
                    "io.tailor.plan..",
                    "io.tailor.summary..",
                    "io.tailor.privacy..",
                    "io.tailor.decision..",
                    "io.tailor.experiment..",
                    "io.tailor.priors..")
            .layer("Core")
            .definedBy(
                    "io.tailor.library..",
                    "io.tailor.profile..",
                    "io.tailor.phase..",
                    "io.tailor.selection..",
                    "io.tailor.estimation..")
            .layer("Plumbing")
            .definedBy(
                    "io.tailor.config..",
                    "io.tailor.database..",
                    "io.tailor.security..",
                    "io.tailor.web..",
                    "io.tailor.console..")
            .whereLayer("Launcher")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Edges")
            .mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Features")
            .mayOnlyBeAccessedByLayers("Launcher", "Edges")
            .whereLayer("Core")
            .mayOnlyBeAccessedByLayers("Launcher", "Edges", "Features")
            .whereLayer("Plumbing")
            .mayOnlyBeAccessedByLayers("Launcher", "Edges", "Features", "Core");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .or()
            .haveSimpleNameEndingWith("Controller")
            .should()
            .bePackagePrivate();

    @ArchTest
    static final ArchRule handlerMethodsArePackagePrivate = methods()
            .that()
            .areDeclaredInClassesThat()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .notBePublic();

    private static boolean isInController(JavaClass type) {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.getSimpleName().endsWith("Controller");
    }
}
