package com.servicenet.web;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.ArrayList;

/**
 * The web apps' OpenAPI filter. Payara Micro serves one {@code /openapi} merged from every deployed application's
 * document and gives each a server entry for its context root; the web apps publish no API, so theirs must add
 * nothing, or a vendor's generated client would call {@code /network-admin} instead of {@code /api}.
 */
public class NoApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>());
    }
}
