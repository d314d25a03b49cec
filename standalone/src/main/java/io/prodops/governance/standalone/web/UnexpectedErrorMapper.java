package io.prodops.governance.standalone.web;

import io.prodops.governance.common.web.ApiError;
import io.prodops.governance.common.web.ErrorResponses;
import io.prodops.governance.common.web.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * REST failures that core does not map: JAX-RS' own (404, 405, 415, ...) keep their status with a JSON body;
 * anything else is logged and answered 500 without internals (Jira's REST module does the same).
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Response.fromResponse(web.getResponse()).type(ErrorResponses.JSON)
                    .entity(Json.write(new ApiError(code(status), web.getMessage(), List.of(), null))).build();
        }
        LOG.error("Unexpected REST failure", failure);
        return ErrorResponses.of(500, new ApiError("INTERNAL_ERROR", "Something went wrong on the server. The log has the details.", List.of(), null));
    }

    private static String code(int status) {
        return switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_CONTENT_TYPE";
            default -> "HTTP_" + status;
        };
    }
}
