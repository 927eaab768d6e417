package com.servicenet.api.platform;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

/** The name of an endpoint in metrics and logs: its HTTP method and path template, e.g. {@code POST /repairs/{id}/parts}. */
final class Endpoints {

    private static final List<Class<? extends Annotation>> METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    private Endpoints() {
    }

    /** Read once per endpoint (the result is kept by {@link ApiMetrics}). */
    static String name(Class<?> resource, Method method) {
        String verb = METHODS.stream().filter(method::isAnnotationPresent).findFirst()
                .map(a -> a.getSimpleName()).orElse("ANY");
        return verb + " " + join(path(resource.getAnnotation(Path.class)), path(method.getAnnotation(Path.class)));
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    static String join(String first, String second) {
        String joined = ("/" + first + "/" + second).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
