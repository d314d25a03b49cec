package io.prodops.governance.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** axe-core (bundled with com.deque.html.axe-core:selenium) on the current page: serious or critical violations fail. */
final class Accessibility {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        assertTrue("axe-core ran rules on " + page, results.getPasses().size() + results.getViolations().size() > 0);
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
        if (!blocking.isEmpty()) {
            fail("accessibility violations on " + page + ":\n" + blocking.stream()
                    .map(v -> "- [" + v.getImpact() + "] " + v.getId() + ": " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        results.getViolations().forEach(v -> System.out.println("axe (" + page + ", not blocking): [" + v.getImpact() + "] " + v.getId() + " " + v.getHelp()));
    }
}
