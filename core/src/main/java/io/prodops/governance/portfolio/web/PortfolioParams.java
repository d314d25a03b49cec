package io.prodops.governance.portfolio.web;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.web.QueryParams;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioQuery;
import io.prodops.governance.portfolio.domain.PortfolioView.GroupBy;
import io.prodops.governance.portfolio.domain.PortfolioView.Sort;
import io.prodops.governance.portfolio.domain.PortfolioView.SortField;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /portfolio} and its export, read as strings and converted here so every bad
 * value is a 400 naming the parameter (JAX-RS would answer a failed conversion with 404).
 */
final class PortfolioParams {
    static final int MAX_LIST = 100;
    static final int VALUE_MAX = 255;
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    /** The REST names of the sort fields. */
    static final Map<String, SortField> SORT_FIELDS = Map.of("key", SortField.KEY, "summary", SortField.SUMMARY, "project", SortField.PROJECT,
            "owner", SortField.OWNER, "statusCategory", SortField.STATUS_CATEGORY, "targetDate", SortField.TARGET_DATE,
            "health", SortField.HEALTH, "updatedAt", SortField.UPDATED);

    private PortfolioParams() {
    }

    record Raw(String view, String jql, String project, String owner, String health, String statusCategory, String quarter, String q,
               String groupBy, String sort, String page, String size) {
    }

    static PortfolioQuery parse(Raw raw) {
        Long view = view(raw.view());
        Set<String> projects = list(raw.project(), "project", Function.identity());
        Set<String> owners = list(raw.owner(), "owner", Function.identity());
        Set<HealthColor> health = list(raw.health(), "health", v -> enumValue(HealthColor.class, v, "health"));
        Set<StatusCategory> categories = list(raw.statusCategory(), "statusCategory", v -> enumValue(StatusCategory.class, v, "statusCategory"));
        String quarter = blankToNull(raw.quarter());
        if (quarter != null && !QUARTER.matcher(quarter).matches()) {
            throw ValidationException.of("quarter", "must look like 2026-Q4 (a year, -Q and 1 to 4)");
        }
        String q = blankToNull(raw.q());
        if (q != null && q.length() > VALUE_MAX) {
            throw ValidationException.of("q", "must be at most " + VALUE_MAX + " characters");
        }
        String jql = blankToNull(raw.jql());
        return new PortfolioQuery(view, jql, projects, owners, health, categories, quarter, q, groupBy(raw.groupBy()), sort(raw.sort()),
                QueryParams.integer(raw.page(), "page"), QueryParams.integer(raw.size(), "size"));
    }

    private static Long view(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id <= 0) {
                throw ValidationException.of("view", "must be a view id (a positive whole number)");
            }
            return id;
        } catch (NumberFormatException e) {
            throw ValidationException.of("view", "must be a view id (a positive whole number)");
        }
    }

    /** A comma list; null when the parameter is absent (so a view's value applies), never empty. */
    private static <T> Set<T> list(String value, String name, Function<String, T> convert) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<T> out = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            String v = part.strip();
            if (v.isEmpty()) {
                throw ValidationException.of(name, "must be a comma-separated list without empty entries");
            }
            if (v.length() > VALUE_MAX) {
                throw ValidationException.of(name, "has an entry longer than " + VALUE_MAX + " characters");
            }
            out.add(convert.apply(v));
        }
        if (out.size() > MAX_LIST) {
            throw ValidationException.of(name, "must have at most " + MAX_LIST + " entries");
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(name, "has the unknown value " + value + ": use " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static GroupBy groupBy(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (GroupBy g : GroupBy.values()) {
            if (g.param().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        throw ValidationException.of("groupBy", "must be one of none, project, quarter, owner, health");
    }

    /** {@code field} or {@code field,desc} (or {@code ,asc}). */
    static Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",", -1);
        SortField field = SORT_FIELDS.get(parts[0].strip());
        if (field == null || parts.length > 2) {
            throw ValidationException.of("sort", "must be a field, optionally followed by ,asc or ,desc; fields: "
                    + SORT_FIELDS.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        if (parts.length == 1) {
            return new Sort(field, false);
        }
        String direction = parts[1].strip().toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ValidationException.of("sort", "direction must be asc or desc");
        }
        return new Sort(field, direction.equals("desc"));
    }

    static String sortParam(SortField field) {
        return SORT_FIELDS.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
