package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.GovernanceException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps every {@link GovernanceException} a resource throws to its documented status and JSON body. */
@Provider
public class GovernanceExceptionMapper implements ExceptionMapper<GovernanceException> {
    private final ErrorResponses errors;

    @Inject
    public GovernanceExceptionMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(GovernanceException exception) {
        return errors.toResponse(exception);
    }
}
