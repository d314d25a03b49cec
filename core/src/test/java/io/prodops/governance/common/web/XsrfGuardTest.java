package io.prodops.governance.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class XsrfGuardTest {
    private final XsrfGuard guard = new XsrfGuard();

    @Test
    public void writesThatACrossSiteFormCouldSendAreRefused() {
        for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "text/html", "*/*"}) {
            assertEquals(type, 415, refusedStatus("POST", MediaType.valueOf(type), true));
            assertEquals(type, 415, refusedStatus("PUT", MediaType.valueOf(type), true));
        }
        assertEquals(415, refusedStatus("POST", null, true));
        assertEquals(415, refusedStatus("POST", null, false));
        assertEquals(415, refusedStatus("DELETE", MediaType.TEXT_PLAIN_TYPE, true));
    }

    @Test
    public void jsonCsvReadsAndBodilessDeletesPass() {
        assertPasses("POST", MediaType.valueOf("application/json; charset=UTF-8"), true);
        assertPasses("PUT", MediaType.APPLICATION_JSON_TYPE, true);
        assertPasses("POST", MediaType.valueOf("text/csv"), true);
        assertPasses("DELETE", null, false);
        assertPasses("GET", null, false);
        assertPasses("GET", MediaType.TEXT_PLAIN_TYPE, false);
    }

    private int refusedStatus(String method, MediaType type, boolean hasEntity) {
        ContainerRequestContext request = request(method, type, hasEntity);
        guard.filter(request);
        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        return response.getValue().getStatus();
    }

    private void assertPasses(String method, MediaType type, boolean hasEntity) {
        ContainerRequestContext request = request(method, type, hasEntity);
        guard.filter(request);
        verify(request, never()).abortWith(any());
    }

    private static ContainerRequestContext request(String method, MediaType type, boolean hasEntity) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getMediaType()).thenReturn(type);
        when(request.hasEntity()).thenReturn(hasEntity);
        return request;
    }
}
