package io.prodops.governance.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PayloadTooLargeException;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.UserDirectory;
import jakarta.ws.rs.core.Response;
import org.junit.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class ErrorResponsesTest {
    private final UserDirectory users = mock(UserDirectory.class);
    private final ErrorResponses responses = new ErrorResponses(users);

    @Test
    public void everyFailureHasItsStatusAndCode() throws Exception {
        assertEquals(400, responses.toResponse(ValidationException.of("name", "is required")).getStatus());
        assertEquals(401, responses.toResponse(new NotAuthenticatedException()).getStatus());
        assertEquals(403, responses.toResponse(new AccessDeniedException("no")).getStatus());
        assertEquals(413, responses.toResponse(new PayloadTooLargeException("too big")).getStatus());
        Response missing = responses.toResponse(NotFoundException.issue("GROW-9"));
        assertEquals(404, missing.getStatus());
        JsonNode body = body(missing);
        assertEquals("ISSUE_NOT_FOUND", body.get("error").asText());
        assertEquals(0, body.get("errors").size());
        assertFalse(body.has("current"));
    }

    @Test
    public void validationErrorsNameTheirFields() throws Exception {
        JsonNode body = body(responses.toResponse(ValidationException.of("sections[2].title", "is required")));
        assertEquals("VALIDATION_FAILED", body.get("error").asText());
        assertEquals("sections[2].title", body.get("errors").get(0).get("field").asText());
        assertEquals("is required", body.get("errors").get(0).get("message").asText());
    }

    @Test
    public void aConflictCarriesTheCurrentRevisionWithTheUsersDisplayName() throws Exception {
        when(users.findByKey("olga")).thenReturn(Optional.of(new UserRef("olga", "Olga Ops")));
        when(users.resolve("olga")).thenCallRealMethod();
        Instant at = Instant.parse("2026-11-23T10:15:30Z");
        Response response = responses.toResponse(new ConflictException("PRD", 1, new RevisionInfo(7, "olga", at)));

        assertEquals(409, response.getStatus());
        JsonNode current = body(response).get("current");
        assertEquals(7, current.get("revision").asInt());
        assertEquals("olga", current.get("updatedBy").get("key").asText());
        assertEquals("Olga Ops", current.get("updatedBy").get("displayName").asText());
        assertEquals("2026-11-23T10:15:30Z", current.get("updatedAt").asText());
    }

    private static JsonNode body(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }
}
