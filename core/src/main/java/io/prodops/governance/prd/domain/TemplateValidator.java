package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.FieldError;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a PRD template must follow to be saved, published or imported. Reports every problem at once, each
 * naming its field as the REST input names it ({@code sections[2].starterContent}, {@code sections[1].columns[0]}).
 * Text written by ops managers is data: placeholders are the only thing ever substituted, and an unknown one is
 * rejected by name so a typo ({@code {{issue.Key}}}) never reaches a PRD.
 */
public final class TemplateValidator {
    public static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,30}");
    public static final Pattern SECTION_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    public static final int NAME_MAX = 255;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int MIN_SECTIONS = 1;
    public static final int MAX_SECTIONS = 60;
    public static final int TITLE_MAX = 255;
    public static final int GUIDANCE_MAX = 4000;
    /** Starter content, in UTF-8 bytes (the same limit as a PRD section). */
    public static final int STARTER_MAX_BYTES = 64 * 1024;
    public static final int MAX_COLUMNS = 20;
    public static final int COLUMN_MAX = 255;
    public static final int MAX_ITEMS = 100;
    public static final int ITEM_MAX = 1000;
    public static final int MAX_ROLES = 20;
    public static final int ROLE_MAX = 100;
    /** The placeholder a DATE section may start with instead of a fixed date. */
    public static final String TODAY = "{{" + Placeholders.TODAY + "}}";
    /** In the order the UI and error messages list them. */
    public static final List<String> KNOWN_PLACEHOLDERS = List.of(Placeholders.ISSUE_KEY, Placeholders.ISSUE_SUMMARY,
            Placeholders.PROJECT_NAME, Placeholders.USER_DISPLAY_NAME, Placeholders.TODAY).stream().map(p -> "{{" + p + "}}").toList();

    private TemplateValidator() {
    }

    /** Every problem of {@code template}; empty when it may be stored. */
    public static List<FieldError> problems(PrdTemplate template) {
        List<FieldError> errors = new ArrayList<>();
        String key = template.key();
        if (key == null || key.isEmpty()) {
            errors.add(FieldError.of("key", "is required"));
        } else if (!KEY.matcher(key).matches()) {
            errors.add(FieldError.of("key", "must be 2 to 31 characters: an upper-case letter, then upper-case letters, digits or _"));
        }
        requiredText(errors, "name", template.name(), NAME_MAX);
        optionalText(errors, "description", template.description(), DESCRIPTION_MAX);

        List<TemplateSection> sections = template.sections();
        if (sections.size() < MIN_SECTIONS || sections.size() > MAX_SECTIONS) {
            errors.add(FieldError.of("sections", "must have between " + MIN_SECTIONS + " and " + MAX_SECTIONS + " sections (has " + sections.size() + ")"));
        }
        Set<String> sectionKeys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            section(errors, "sections[" + i + "]", sections.get(i), sectionKeys);
        }
        return errors;
    }

    private static void section(List<FieldError> errors, String at, TemplateSection s, Set<String> keys) {
        if (s.key() == null || s.key().isEmpty()) {
            errors.add(FieldError.of(at + ".key", "is required"));
        } else if (!SECTION_KEY.matcher(s.key()).matches()) {
            errors.add(FieldError.of(at + ".key", "must be 1 to 64 characters: a lower-case letter, then lower-case letters, digits, _ or -"));
        } else if (!keys.add(s.key())) {
            errors.add(FieldError.of(at + ".key", "\"" + s.key() + "\" is used by another section of this template"));
        }
        requiredText(errors, at + ".title", s.title(), TITLE_MAX);
        optionalText(errors, at + ".guidance", s.guidance(), GUIDANCE_MAX);
        SectionKind kind = s.kind();
        if (kind == null) {
            errors.add(FieldError.of(at + ".kind", "must be one of " + kinds()));
        }
        starterContent(errors, at + ".starterContent", kind, s.starterContent());
        list(errors, at + ".columns", s.columns(), kind == SectionKind.TABLE, 1, MAX_COLUMNS, COLUMN_MAX, false, "TABLE");
        list(errors, at + ".items", s.items(), kind == SectionKind.CHECKLIST || kind == SectionKind.METRICS, 0, MAX_ITEMS, ITEM_MAX, false,
                "CHECKLIST and METRICS");
        list(errors, at + ".roles", s.roles(), kind == SectionKind.PEOPLE, 1, MAX_ROLES, ROLE_MAX, true, "PEOPLE");
    }

    private static void starterContent(List<FieldError> errors, String at, SectionKind kind, String content) {
        if (content == null || content.isEmpty()) {
            return;
        }
        if (kind != null && kind != SectionKind.RICH_TEXT && kind != SectionKind.DATE) {
            errors.add(FieldError.of(at, "is only used by RICH_TEXT and DATE sections; " + kind + " sections start from their "
                    + (kind == SectionKind.TABLE ? "columns" : kind == SectionKind.PEOPLE ? "roles" : "items")));
            return;
        }
        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > STARTER_MAX_BYTES) {
            errors.add(FieldError.of(at, "is " + bytes + " bytes; at most " + STARTER_MAX_BYTES + " (64 KB) are allowed"));
            return;
        }
        if (placeholders(errors, at, content)) {
            return;
        }
        if (kind == SectionKind.DATE && !content.equals(TODAY)) {
            try {
                LocalDate.parse(content);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of(at, "must be an ISO date (2026-12-01) or " + TODAY));
            }
        }
    }

    /**
     * @param used     whether the section's kind uses this list; if not, it must be empty
     * @param min      the fewest entries the kind needs
     * @param unique   whether entries must differ (roles are keys of the PRD content)
     */
    private static void list(List<FieldError> errors, String at, List<String> values, boolean used, int min, int max, int maxLength,
                             boolean unique, String usedBy) {
        if (!used) {
            if (!values.isEmpty()) {
                errors.add(FieldError.of(at, "is only used by " + usedBy + " sections"));
            }
            return;
        }
        if (values.size() < min || values.size() > max) {
            errors.add(FieldError.of(at, min == 0 ? "must have at most " + max + " entries (has " + values.size() + ")"
                    : "must have between " + min + " and " + max + " entries (has " + values.size() + ")"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String field = at + "[" + i + "]";
            String value = values.get(i);
            if (requiredText(errors, field, value, maxLength) && unique && !seen.add(value.strip().toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(field, "\"" + value + "\" appears twice"));
            }
        }
    }

    /** @return whether the value is present and valid */
    private static boolean requiredText(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "is required"));
            return false;
        }
        return optionalText(errors, field, value, max);
    }

    private static boolean optionalText(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            return true;
        }
        if (value.length() > max) {
            errors.add(FieldError.of(field, "must be at most " + max + " characters (has " + value.length() + ")"));
            return false;
        }
        return !placeholders(errors, field, value);
    }

    /** @return whether an unknown placeholder was reported */
    private static boolean placeholders(List<FieldError> errors, String field, String value) {
        List<String> unknown = Placeholders.unknown(value);
        if (unknown.isEmpty()) {
            return false;
        }
        errors.add(FieldError.of(field, (unknown.size() == 1 ? "unknown placeholder " : "unknown placeholders ") + String.join(", ", unknown)
                + "; known placeholders are " + String.join(", ", KNOWN_PLACEHOLDERS)));
        return true;
    }

    private static String kinds() {
        StringBuilder s = new StringBuilder();
        for (SectionKind k : SectionKind.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(k.name());
        }
        return s.toString();
    }
}
