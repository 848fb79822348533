/**
 * The opinion map (meningenkaart): staff seed statements, participants vote agree, disagree or pass
 * one statement at a time and may submit statements of their own (pre-moderated by default). In the
 * background the votes are turned into opinion groups, each group's representative statements and
 * the common ground ({@link nl.plein.opinionmap.analysis.Analysis}, the method Polis made known,
 * computed on the sparse votes). A Polis export can be imported by staff or analysed on the command
 * line ({@code ./plein opinion-map --polis-export DIR}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "project", "audit", "panel"})
package nl.plein.opinionmap;
