package io.prodops.governance.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Imports the host services that only core's beans and servlets use. Core is host-neutral and never says
 * {@code @ComponentImport}; the Spring Scanner index lists a host service only where some class of the bundle imports
 * it, and the runtime then registers it as a bean every other bean can be injected with (by type).
 * <ul>
 *   <li>{@link ActiveObjects}: core's storage ({@code AoTransactions}, {@code AoSettingsRepository}, ...);</li>
 *   <li>{@link TemplateRenderer}: core's {@code AdminPageServlet}.</li>
 * </ul>
 */
@Named
public class HostComponentImports {
    @Inject
    public HostComponentImports(@ComponentImport ActiveObjects activeObjects, @ComponentImport TemplateRenderer templateRenderer) {
        // nothing to keep: the parameters exist for the scanner index and the wiring check at startup
    }
}
