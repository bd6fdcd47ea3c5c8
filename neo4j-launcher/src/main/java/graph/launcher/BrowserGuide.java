package graph.launcher;

import java.io.IOException;
import java.nio.file.Files;
import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Serves the analysts' Neo4j Browser guide (written by the Node side from cypher/queries/) at
 * {@code /guides/analysts.html}, on Browser's own origin, so `:guide` can load it without any
 * cross-origin permission.
 */
@javax.ws.rs.Path("/")
public class BrowserGuide {
  @GET
  @javax.ws.rs.Path("analysts.html")
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  public Response analysts() {
    String file = System.getProperty(LocalNeo4j.GUIDE_PROPERTY);
    if (file == null) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    try {
      return Response.ok(Files.readString(java.nio.file.Path.of(file))).build();
    } catch (IOException e) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
  }
}
