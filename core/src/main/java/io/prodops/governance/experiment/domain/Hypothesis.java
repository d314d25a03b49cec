package io.prodops.governance.experiment.domain;

/**
 * The hypothesis in its structured form: "We believe that {@code weBelieve} will result in {@code willResultIn},
 * measured by {@code measuredBy}". Three plain-text parts (shown with textContent, never as HTML).
 */
public record Hypothesis(String weBelieve, String willResultIn, String measuredBy) {
    public String sentence() {
        return "We believe that " + weBelieve + " will result in " + willResultIn + ", measured by " + measuredBy + ".";
    }
}
