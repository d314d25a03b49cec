package io.prodops.governance.prd.domain;

import java.util.List;

/**
 * The built-in "Standard PRD" template, installed and published as version 1 on the app's first start. Ops managers
 * may change it like any other template (new versions) or retire it; it is never reinstalled over their changes.
 * Required sections are the ones a PRD cannot be reviewed without; RICH_TEXT sections start empty so that a PRD is
 * only counted complete once someone wrote it (the guidance says what belongs there).
 */
public final class StandardPrdTemplate {
    public static final String KEY = "STANDARD_PRD";
    public static final String PUBLISH_NOTE = "Built-in Standard PRD template, installed with ProdOps Governance";

    public static final PrdTemplate TEMPLATE = new PrdTemplate(KEY, "Standard PRD",
            "The standard product requirements document: target release, people, goals, background, assumptions, requirements, "
                    + "design, success metrics, open questions, what is out of scope and the launch plan.",
            List.of(
                    section("target-release", "Target release", SectionKind.DATE, true,
                            "When should this reach customers? Pick the release date you are aiming for; update it when the plan changes.",
                            List.of(), List.of(), List.of()),
                    section("people", "People", SectionKind.PEOPLE, true,
                            "Who owns this and who builds it. Name at least the owner; add the designer, engineering and QA contacts as they are known.",
                            List.of(), List.of(), List.of("Owner", "Designer", "Engineering", "QA")),
                    section("goals", "Goals", SectionKind.RICH_TEXT, true,
                            "What outcome are we after, for customers and for the business? Keep it to a few measurable goals.",
                            List.of(), List.of(), List.of()),
                    section("background", "Background and strategic fit", SectionKind.RICH_TEXT, true,
                            "Why are we doing this now? Describe the problem, the evidence (research, data, customer requests) and how it fits the strategy.",
                            List.of(), List.of(), List.of()),
                    section("assumptions", "Assumptions", SectionKind.RICH_TEXT, false,
                            "List the technical, business and user assumptions this plan relies on, so they can be checked.",
                            List.of(), List.of(), List.of()),
                    section("requirements", "Requirements", SectionKind.TABLE, true,
                            "One row per requirement: a short title, the user story (As a ..., I want ..., so that ...), its importance (Must have, Should have, Nice to have) and notes.",
                            List.of("#", "Title", "User story", "Importance", "Notes"), List.of(), List.of()),
                    section("user-interaction", "User interaction and design", SectionKind.RICH_TEXT, false,
                            "Link the designs and prototypes, and describe the key user flows once they are explored.",
                            List.of(), List.of(), List.of()),
                    section("success-metrics", "Success metrics", SectionKind.METRICS, true,
                            "How will we know it worked? For each metric give today's baseline and the target; fill in the actual value after launch.",
                            List.of(), List.of(), List.of()),
                    section("questions", "Questions", SectionKind.TABLE, false,
                            "Open questions that come up while planning, and what was decided once they are answered.",
                            List.of("Question", "Outcome"), List.of(), List.of()),
                    section("not-doing", "Not doing", SectionKind.RICH_TEXT, false,
                            "What is deliberately out of scope, so that everyone has the same expectations.",
                            List.of(), List.of(), List.of()),
                    section("launch-plan", "Launch plan", SectionKind.CHECKLIST, false,
                            "What has to be ready before and at launch. Tick items off as they are done; add your own.",
                            List.of(), List.of("Release notes written", "Documentation and support ready", "Go-to-market and sales briefed",
                                    "Monitoring, alerts and rollback plan in place"), List.of())));

    private StandardPrdTemplate() {
    }

    private static TemplateSection section(String key, String title, SectionKind kind, boolean required, String guidance,
                                           List<String> columns, List<String> items, List<String> roles) {
        return new TemplateSection(key, title, kind, required, guidance, null, columns, items, roles);
    }
}
