package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.PayloadTooLargeException;
import io.prodops.governance.common.domain.ValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Request parsing shared by the resources of versioned configuration ({@code /templates}, {@code /gatesets}): paging,
 * revisions, version numbers, body limits, each failing with a 400 that names the parameter.
 */
public final class ConfigRequests {
    private ConfigRequests() {
    }

    /** The {@code revision} a write is based on; 400 when it is missing. */
    public static int revision(Integer revision) {
        if (revision == null) {
            throw ValidationException.of("revision", "is required: send the revision you based your change on");
        }
        return revision;
    }

    /** 413 for a body over {@code max} characters. */
    public static String limited(String body, int max) {
        if (body != null && body.length() > max) {
            throw new PayloadTooLargeException("The request body is over " + (max / (1024 * 1024)) + " MB.");
        }
        return body;
    }

    /** A version path segment: its number, or null for anything that is not a version (1, 2, ...). */
    public static Integer parseVersion(String value) {
        try {
            int n = Integer.parseInt(value);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code from} and {@code to} of a diff: a published version number, or null for {@code draft}. */
    public static Integer[] diffVersions(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        Integer fromVersion = versionOrDraft("from", from, errors);
        Integer toVersion = versionOrDraft("to", to, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Integer[]{fromVersion, toVersion};
    }

    private static Integer versionOrDraft(String field, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            errors.add(FieldError.of(field, "is required: a published version number or \"draft\""));
            return null;
        }
        if (value.equals("draft")) {
            return null;
        }
        Integer n = parseVersion(value);
        if (n == null) {
            errors.add(FieldError.of(field, "must be a published version number (1, 2, ...) or \"draft\""));
        }
        return n;
    }

    public static PageRequest pageRequest(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        Integer p = integer("page", page, errors);
        Integer s = integer("size", size, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return PageRequest.of(p, s);
    }

    private static Integer integer(String field, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "must be a whole number"));
            return null;
        }
    }
}
