package io.prodops.governance.common.web;

import jakarta.ws.rs.core.Response;

/** Successful JSON responses, serialized by {@link Json}. */
public final class RestResponses {
    private RestResponses() {
    }

    public static Response ok(Object body) {
        return Response.ok(Json.write(body), ErrorResponses.JSON).build();
    }

    public static Response created(Object body) {
        return Response.status(201).type(ErrorResponses.JSON).entity(Json.write(body)).build();
    }
}
