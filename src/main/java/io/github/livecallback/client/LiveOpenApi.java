package io.github.livecallback.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Live OpenAPI as a MicroProfile REST client. The body goes out as bytes that the caller serialized, so that
 * {@link SigningFilter} hashes exactly what is sent; the answer comes back as bytes, whatever its status, so that
 * error envelopes and non-JSON answers are read by {@link ResponseClassifier} rather than thrown away.
 */
@Path("/")
public interface LiveOpenApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response call(@QueryParam("Action") String action, @QueryParam("Version") String version, byte[] body);
}
