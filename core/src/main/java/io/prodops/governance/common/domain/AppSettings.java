package io.prodops.governance.common.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * App-wide settings chosen by a Jira admin.
 *
 * @param opsGroup members of this group (and Jira admins) are ops managers
 */
public record AppSettings(String opsGroup, int revision, String updatedBy, Instant updatedAt) {
    public static final String DEFAULT_OPS_GROUP = "prodops-managers";
    private static final Pattern GROUP_NAME = Pattern.compile("[^\\p{Cntrl}]{1,255}");

    public static AppSettings defaults() {
        return new AppSettings(DEFAULT_OPS_GROUP, 0, null, null);
    }

    /** Validates what an admin may change. */
    public static void validate(String opsGroup) {
        List<FieldError> errors = new ArrayList<>();
        if (opsGroup == null || opsGroup.isBlank()) {
            errors.add(FieldError.of("opsGroup", "is required"));
        } else if (!GROUP_NAME.matcher(opsGroup).matches() || !opsGroup.equals(opsGroup.strip())) {
            errors.add(FieldError.of("opsGroup", "must be a group name of 1 to 255 characters without control characters or surrounding spaces"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
