package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.experiment.domain.DesignInput;
import io.prodops.governance.experiment.domain.DesignInput.GuardrailInput;
import io.prodops.governance.experiment.domain.DesignInput.HypothesisInput;
import io.prodops.governance.experiment.domain.DesignInput.MetricInput;
import io.prodops.governance.experiment.domain.DesignInput.VariantInput;
import io.prodops.governance.experiment.domain.ExperimentService;
import io.prodops.governance.experiment.domain.ResultEntry;
import io.prodops.governance.experiment.domain.ResultSource;

import java.math.BigDecimal;
import java.util.List;

/**
 * Demo experiments in every status, written through the same {@link ExperimentService} a person uses (pete in PHX
 * and NOVA, admin in ATL and SEC). NOVA-13 stays free for trying the create flow. Runs once, right after the demo
 * issues were created.
 * <table>
 *   <caption>Demo experiments</caption>
 *   <tr><th>issue</th><th>status</th><th>what it shows</th></tr>
 *   <tr><td>PHX-12</td><td>RUNNING</td><td>sample-ratio mismatch (users 20,000 vs 18,800 at 50/50); SHIP needs an acknowledgement</td></tr>
 *   <tr><td>PHX-13</td><td>DESIGN</td><td>three variants (Bonferroni), no results yet</td></tr>
 *   <tr><td>ATL-12</td><td>DECIDED (SHIP)</td><td>a clear winner past its planned sample, with a latency guardrail</td></tr>
 *   <tr><td>ATL-13</td><td>RUNNING</td><td>a continuous metric (latency, lower is better), interim</td></tr>
 *   <tr><td>NOVA-12</td><td>ANALYSIS</td><td>inconclusive: planned sample reached, no significant difference</td></tr>
 *   <tr><td>SEC-12</td><td>ABANDONED</td><td>abandoned during design</td></tr>
 *   <tr><td>SEC-13</td><td>DECIDED (KILL)</td><td>the treatment lost</td></tr>
 * </table>
 */
public final class DemoExperiments {
    private final ExperimentService experiments;
    private final RequestCurrentUser currentUser;
    private final UserDirectory users;

    public DemoExperiments(ExperimentService experiments, RequestCurrentUser currentUser, UserDirectory users) {
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.users = users;
    }

    public void seed() {
        UserRef admin = user("admin");
        UserRef pete = user("JIRAUSER10101");
        try {
            // PHX-12: RUNNING with a sample-ratio mismatch
            as(pete).create("PHX-12", conversion("an express pay button above the fold", "more completed checkouts", "checkout conversion",
                    "Checkout conversion", "INCREASE", 0.04, 0.10, 4000, List.of(), variants("Control", 50, "Express button", 50)));
            start("PHX-12");
            conversionResults("PHX-12", ResultSource.API, "Control", 20000, 800, "Express button", 18800, 790);

            // PHX-13: DESIGN, three variants
            as(pete).create("PHX-13", conversion("a banner showing how far the cart is from free shipping", "larger carts",
                    "share of orders above the threshold", "Orders above threshold", "INCREASE", 0.18, 0.08, 6000, List.of(),
                    List.of(new VariantInput("Control", 34.0, true), new VariantInput("Progress bar", 33.0, false),
                            new VariantInput("Amount left", 33.0, false))));

            // ATL-12: a clear winner, DECIDED SHIP
            as(admin).create("ATL-12", conversion("adaptive rate limits for partner APIs", "fewer failed partner syncs",
                    "successful sync rate", "Successful syncs", "INCREASE", 0.10, 0.10, 3000,
                    List.of(new GuardrailInput("p95 latency (ms)", "CONTINUOUS", "DECREASE", 0.05)),
                    variants("Fixed limits", 50, "Adaptive limits", 50)));
            start("ATL-12");
            conversionResults("ATL-12", ResultSource.CSV, "Fixed limits", 8000, 800, "Adaptive limits", 8010, 930);
            as(admin).addResults("ATL-12", new ResultEntry.Upload(
                    List.of(conversion("Fixed limits", 16000, 1600), conversion("Adaptive limits", 16050, 1890)),
                    List.of(new ResultEntry.GuardrailEntries("p95 latency (ms)",
                            List.of(continuous("Fixed limits", 16000, 412.0, 96.0), continuous("Adaptive limits", 16050, 405.0, 94.0))))),
                    ResultSource.API);
            as(admin).changeStatus("ATL-12", "ANALYSIS", null);
            as(admin).decide("ATL-12", "SHIP", "Adaptive limits lifted successful syncs by about 18 % with the planned sample reached; "
                    + "latency did not get worse. Rolling out to every partner.", null, null);

            // ATL-13: continuous metric, RUNNING, interim
            as(admin).create("ATL-13", new DesignInput(new HypothesisInput("Retry-After hints on throttled responses",
                    "partner clients backing off sooner", "the latency of partner requests"),
                    new MetricInput("Partner request latency (ms)", "CONTINUOUS", "DECREASE"),
                    List.of(new GuardrailInput("Error rate", "CONVERSION", "DECREASE", 0.10)),
                    variants("No hints", 50, "Retry-After hints", 50), 0.05, 0.8, 0.05, null, 220.0, 80.0, 200.0, null, null));
            start("ATL-13");
            as(admin).addResults("ATL-13", new ResultEntry.Upload(
                    List.of(continuous("No hints", 400, 221.0, 79.0), continuous("Retry-After hints", 402, 209.0, 77.0)),
                    List.of(new ResultEntry.GuardrailEntries("Error rate",
                            List.of(conversion("No hints", 400, 12), conversion("Retry-After hints", 402, 11))))), ResultSource.UI);

            // NOVA-12: inconclusive, in ANALYSIS
            as(pete).create("NOVA-12", conversion("a shorter onboarding checklist", "more activated sign-ups", "activation within 7 days",
                    "7-day activation", "INCREASE", 0.25, 0.05, 5000, List.of(), variants("Seven steps", 50, "Four steps", 50)));
            start("NOVA-12");
            conversionResults("NOVA-12", ResultSource.CSV, "Seven steps", 20000, 5000, "Four steps", 20100, 5080);
            as(pete).changeStatus("NOVA-12", "ANALYSIS", null);

            // SEC-12: abandoned while designing
            as(admin).create("SEC-12", conversion("a passkey prompt after password login", "more accounts with a passkey",
                    "passkey enrolment", "Passkey enrolment", "INCREASE", 0.05, 0.20, 1500, List.of(), variants("No prompt", 50, "Prompt", 50)));
            as(admin).changeStatus("SEC-12", "ABANDONED", null);

            // SEC-13: the treatment lost, DECIDED KILL
            as(admin).create("SEC-13", conversion("a security-key nudge in account settings", "more accounts with a second factor",
                    "second-factor enrolment", "2FA enrolment", "INCREASE", 0.30, 0.10, 1000, List.of(), variants("No nudge", 50, "Nudge", 50)));
            start("SEC-13");
            conversionResults("SEC-13", ResultSource.API, "No nudge", 5000, 1500, "Nudge", 5000, 1380);
            as(admin).decide("SEC-13", "KILL", "The nudge lowered enrolment (27.6 % vs 30 %); users found it alarming in interviews.", null, null);
        } finally {
            currentUser.clear();
        }
    }

    private void start(String issueKey) {
        experiments.changeStatus(issueKey, "RUNNING", null);
    }

    private void conversionResults(String issueKey, ResultSource source, String a, long usersA, long convA, String b, long usersB, long convB) {
        if (source == ResultSource.CSV) {
            experiments.addResultsCsv(issueKey, "variant,users,conversions\n" + a + "," + usersA + "," + convA + "\n" + b + "," + usersB + "," + convB + "\n");
        } else {
            experiments.addResults(issueKey, new ResultEntry.Upload(List.of(conversion(a, usersA, convA), conversion(b, usersB, convB)), null), source);
        }
    }

    private static DesignInput conversion(String weBelieve, String willResultIn, String measuredBy, String metric, String direction, double baseline,
                                          double mde, int dailyUsers, List<GuardrailInput> guardrails, List<VariantInput> variants) {
        return new DesignInput(new HypothesisInput(weBelieve, willResultIn, measuredBy), new MetricInput(metric, "CONVERSION", direction),
                guardrails, variants, 0.05, 0.8, mde, baseline, null, null, (double) dailyUsers, null, null);
    }

    private static List<VariantInput> variants(String control, int a, String treatment, int b) {
        return List.of(new VariantInput(control, (double) a, true), new VariantInput(treatment, (double) b, false));
    }

    private static ResultEntry conversion(String name, long users, long conversions) {
        return new ResultEntry(name, BigDecimal.valueOf(users), BigDecimal.valueOf(conversions), null, null, null);
    }

    private static ResultEntry continuous(String name, long n, double mean, double sd) {
        return new ResultEntry(name, null, null, BigDecimal.valueOf(n), BigDecimal.valueOf(mean), BigDecimal.valueOf(sd));
    }

    private ExperimentService as(UserRef user) {
        currentUser.bind(user);
        return experiments;
    }

    private UserRef user(String key) {
        return users.findByKey(key).orElseThrow(() -> new IllegalStateException("demo user " + key + " missing"));
    }
}
