package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.port.IssueDirectory.InvalidQueryException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small JQL subset the standalone host understands, translated to a SQL condition on HOST_ISSUE (alias I):
 * <pre>
 *   query  := [term (AND term)*]
 *   term   := "(" query ")" | clause
 *   clause := field ( "=" value | IN "(" value ("," value)* ")" )
 *   field  := project | issuetype (type) | parent | key (issuekey) | statusCategory
 *   value  := word | "double quoted" | 'single quoted'
 * </pre>
 * Keywords and fields are case-insensitive. project takes a key, name or id; parent and key an issue key or id;
 * statusCategory "To Do"/new, "In Progress"/indeterminate, Done/done. Anything else (OR, NOT, !=, ORDER BY, other
 * fields, unknown projects or categories) throws {@link InvalidQueryException} with a message for the user.
 */
public final class JqlSubset {
    public record Condition(String sql, List<Object> params) {
    }

    /** Looks up what values name: a project by key, name or id; an issue by key or id. */
    public interface Resolver {
        java.util.Optional<Long> projectId(String keyNameOrId);

        java.util.Optional<Long> issueId(String keyOrId);
    }

    private final List<String> tokens;
    private final Resolver resolver;
    private int pos;

    private JqlSubset(List<String> tokens, Resolver resolver) {
        this.tokens = tokens;
        this.resolver = resolver;
    }

    public static Condition parse(String jql, Resolver resolver) {
        if (jql == null || jql.isBlank()) {
            return new Condition("TRUE", List.of());
        }
        return new JqlSubset(tokenize(jql), resolver).query();
    }

    private Condition query() {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        conjunction(sql, params);
        if (pos < tokens.size()) {
            String next = tokens.get(pos);
            if (next.equalsIgnoreCase("OR") || next.equalsIgnoreCase("ORDER") || next.equalsIgnoreCase("NOT")) {
                throw invalid("'" + next + "' is not supported by the standalone host (supported: =, IN, AND)");
            }
            throw invalid("expected AND but found '" + next + "'");
        }
        return new Condition(sql.toString(), params);
    }

    /** Terms joined by AND; a parenthesised group (how readiness gates embed a query: key = X AND (query)) nests. */
    private void conjunction(StringBuilder sql, List<Object> params) {
        boolean first = true;
        do {
            if (!first) {
                sql.append(" AND ");
            }
            first = false;
            if (accept("(")) {
                sql.append('(');
                conjunction(sql, params);
                expect(")");
                sql.append(')');
            } else {
                clause(sql, params);
            }
        } while (acceptKeyword("AND"));
    }

    private void clause(StringBuilder sql, List<Object> params) {
        String field = next("a field name").toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        String op = next("= or IN");
        if (op.equals("=")) {
            values.add(value());
        } else if (op.equalsIgnoreCase("IN")) {
            expect("(");
            do {
                values.add(value());
            } while (accept(","));
            expect(")");
        } else {
            throw invalid("operator '" + op + "' is not supported by the standalone host (supported: =, IN)");
        }
        switch (field) {
            case "project" -> ids(sql, params, "I.PROJECT_ID", values, v -> resolver.projectId(v)
                    .orElseThrow(() -> invalid("the value '" + v + "' does not exist for the field 'project'")));
            case "parent" -> ids(sql, params, "I.PARENT_ID", values, v -> resolver.issueId(v)
                    .orElseThrow(() -> invalid("an issue with key '" + v + "' does not exist for the field 'parent'")));
            case "key", "issuekey" -> ids(sql, params, "I.ID", values, v -> resolver.issueId(v)
                    .orElseThrow(() -> invalid("an issue with key '" + v + "' does not exist for the field 'key'")));
            case "issuetype", "type" -> {
                sql.append("I.ISSUE_TYPE_UC IN (").append(placeholders(values.size())).append(")");
                values.forEach(v -> params.add(v.toUpperCase(Locale.ROOT)));
            }
            case "statuscategory" -> {
                sql.append("I.STATUS_CATEGORY IN (").append(placeholders(values.size())).append(")");
                values.forEach(v -> params.add(category(v).name()));
            }
            default -> throw invalid("field '" + field + "' is not supported by the standalone host"
                    + " (supported: project, issuetype, parent, key, statusCategory)");
        }
    }

    private static void ids(StringBuilder sql, List<Object> params, String column, List<String> values,
                            java.util.function.Function<String, Long> resolve) {
        sql.append(column).append(" IN (").append(placeholders(values.size())).append(")");
        values.forEach(v -> params.add(resolve.apply(v)));
    }

    static StatusCategory category(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "to do", "todo", "new" -> StatusCategory.TO_DO;
            case "in progress", "indeterminate" -> StatusCategory.IN_PROGRESS;
            case "done", "complete" -> StatusCategory.DONE;
            default -> throw invalid("the value '" + value + "' does not exist for the field 'statusCategory'");
        };
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private String value() {
        String v = next("a value");
        if (v.equals("(") || v.equals(")") || v.equals(",") || v.equals("=")) {
            throw invalid("expected a value but found '" + v + "'");
        }
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private String next(String expected) {
        if (pos >= tokens.size()) {
            throw invalid("expected " + expected + " at the end of the query");
        }
        return tokens.get(pos++);
    }

    private void expect(String token) {
        String found = next("'" + token + "'");
        if (!found.equals(token)) {
            throw invalid("expected '" + token + "' but found '" + found + "'");
        }
    }

    private boolean accept(String token) {
        if (pos < tokens.size() && tokens.get(pos).equals(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String keyword) {
        if (pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    static List<String> tokenize(String jql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char ch = jql.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '(' || ch == ')' || ch == ',' || ch == '=') {
                out.add(String.valueOf(ch));
                i++;
            } else if (ch == '!' || ch == '~' || ch == '<' || ch == '>') {
                throw invalid("operator '" + ch + "' is not supported by the standalone host (supported: =, IN)");
            } else if (ch == '"' || ch == '\'') {
                int end = jql.indexOf(ch, i + 1);
                if (end < 0) {
                    throw invalid("a quoted value is not closed");
                }
                out.add(jql.substring(i, end + 1));
                i = end + 1;
            } else {
                int start = i;
                while (i < jql.length() && (Character.isLetterOrDigit(jql.charAt(i)) || "-_.".indexOf(jql.charAt(i)) >= 0)) {
                    i++;
                }
                if (start == i) {
                    throw invalid("unexpected character '" + ch + "'");
                }
                out.add(jql.substring(start, i));
            }
        }
        return out;
    }

    private static InvalidQueryException invalid(String message) {
        return new InvalidQueryException("Error in the JQL query: " + message + ".");
    }
}
