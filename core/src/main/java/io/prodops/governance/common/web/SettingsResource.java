package io.prodops.governance.common.web;

import com.atlassian.annotations.security.AdminOnly;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.SettingsRepository;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.Transactions;
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
    private final SettingsRepository settings;
    private final UserDirectory users;
    private final Transactions transactions;

    @Inject
    public SettingsResource(Access access, SettingsRepository settings, UserDirectory users, Transactions transactions) {
        this.access = access;
        this.settings = settings;
        this.users = users;
        this.transactions = transactions;
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
        AppSettings saved = transactions.inTransaction(() -> settings.save(update.opsGroup(), update.revision(), admin.key()));
        return RestResponses.ok(toJson(saved));
    }

    private SettingsJson toJson(AppSettings s) {
        return new SettingsJson(s.opsGroup(), s.revision(),
                s.updatedBy() == null ? null : UserJson.of(users.resolve(s.updatedBy())),
                s.updatedAt() == null ? null : s.updatedAt().toString());
    }
}
