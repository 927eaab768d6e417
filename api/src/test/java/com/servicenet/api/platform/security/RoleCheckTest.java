package com.servicenet.api.platform.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RoleCheckTest {

    @RolesAllowed("outlet-manager")
    static class Guarded {
        public void inherited() {
        }

        @RolesAllowed({"hq-auditor", "hq-quality"})
        public void own() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }
    }

    static class Unannotated {
        public void forgotten() {
        }
    }

    private static Set<String> roles(Class<?> type, String method) throws NoSuchMethodException {
        return RoleCheck.rolesFor(type.getMethod(method), type);
    }

    @Test
    void theMethodsAnnotationComesBeforeItsClasss() throws NoSuchMethodException {
        assertEquals(Set.of("outlet-manager"), roles(Guarded.class, "inherited"));
        assertEquals(Set.of("hq-auditor", "hq-quality"), roles(Guarded.class, "own"));
        assertNull(roles(Guarded.class, "open"), "everyone");
        assertEquals(Set.of(), roles(Guarded.class, "closed"));
    }

    @Test
    void aMethodNamingNoRolesIsClosed() throws NoSuchMethodException {
        assertEquals(Set.of(), roles(Unannotated.class, "forgotten"));
    }
}
