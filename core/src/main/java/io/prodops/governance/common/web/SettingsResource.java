package io.prodops.governance.common.web;

import com.atlassian.annotations.security.AdminOnly;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.SettingsService;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /settings}: app-wide settings for Jira admins (who counts as ops manager).
 * {@code PUT} carries the {@code revision} it was based on; a stale one gets 409 with {@code current}.
 */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SettingsResource {
    private final Access access;
    private final SettingsService settings;
    private final UserDirectory users;

    @Inject
    public SettingsResource(Access access, SettingsService settings, UserDirectory users) {
        this.access = access;
        this.settings = settings;
        this.users = users;
    }

    public record SettingsJson(String opsGroup, int revision, UserJson updatedBy, String updatedAt) {
    }

    public record SettingsUpdate(String opsGroup, Integer revision) {
    }

    @GET
    public Response get() {
        access.requireAdmin();
        return RestResponses.ok(toJson(settings.load()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(String body) {
        UserRef admin = access.requireAdmin();
        SettingsUpdate update = Json.read(body, SettingsUpdate.class);
        if (update.revision() == null) {
            throw io.prodops.governance.common.domain.ValidationException.of("revision", "is required: send the revision you based your change on");
        }
        return RestResponses.ok(toJson(settings.update(update.opsGroup(), update.revision(), admin)));
    }

    private SettingsJson toJson(AppSettings s) {
        return new SettingsJson(s.opsGroup(), s.revision(),
                s.updatedBy() == null ? null : UserJson.of(users.resolve(s.updatedBy())),
                s.updatedAt() == null ? null : s.updatedAt().toString());
    }
}
