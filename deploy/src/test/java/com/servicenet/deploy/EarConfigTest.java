package com.servicenet.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/server/ear-config.sh: the WARs' MicroProfile settings become the EAR application's, one value per key,
 * mp.openapi.* from the API only. Run on EARs made here, so that each rule is seen to hold and to refuse.
 */
class EarConfigTest {

    private static final Path SCRIPT = Path.of("..", "deploy", "server", "ear-config.sh");
    private static final String FILE = "WEB-INF/classes/META-INF/microprofile-config.properties";

    @TempDir
    Path dir;

    @Test
    void everyModulesSettingsBecomeTheApplicationsAndTheApisOpenApiSettingsWin() throws Exception {
        Path ear = ear(Map.of(
                "api.war", "# the API\nmp.openapi.filter=com.example.Contract\nshared=${KEYCLOAK_URL:http://localhost:8180}/realms\n",
                "tenant-web.war", "mp.openapi.scan.disable=true\nshared = ${KEYCLOAK_URL:http://localhost:8180}/realms\n"
                        + "servicenet.oidc.tenant-web.client-secret=${TENANT_WEB_CLIENT_SECRET:dev}",
                "network-admin.war", ""));

        Result result = run(ear);

        assertEquals(0, result.status, result.errors);
        assertEquals(List.of(
                command("mp.openapi.filter", "com.example.Contract"),
                command("servicenet.oidc.tenant-web.client-secret", "${TENANT_WEB_CLIENT_SECRET:dev}"),
                command("shared", "${KEYCLOAK_URL:http://localhost:8180}/realms")), result.output.lines().toList(),
                "a portal's mp.openapi.* is left out; expressions are kept for MicroProfile Config to expand");
    }

    @Test
    void aKeyTwoModulesSetDifferentlyIsRefused() throws Exception {
        Path ear = ear(Map.of(
                "tenant-web.war", "servicenet.oidc.client-id=tenant-web\n",
                "network-admin.war", "servicenet.oidc.client-id=network-admin\n"));

        Result result = run(ear);

        assertEquals(1, result.status);
        assertTrue(result.errors.contains("set servicenet.oidc.client-id differently"), result.errors);
        assertTrue(result.output.isEmpty(), "no half-written configuration: " + result.output);
    }

    @Test
    void aValueWithASpaceIsRefusedRatherThanSplitByAsadmin() throws Exception {
        Result result = run(ear(Map.of("api.war", "servicenet.greeting=hello world\n")));

        assertEquals(1, result.status);
        assertTrue(result.errors.contains("servicenet.greeting holds a space"), result.errors);
    }

    private static String command(String key, String value) {
        return "set-config-property --source=application --sourcename=servicenet --propertyname=" + key
                + " --propertyvalue=" + value;
    }

    /** An EAR of WARs that hold only their MicroProfile settings (an empty text: a WAR without the file). */
    private Path ear(Map<String, String> settingsByWar) throws IOException {
        Path ear = dir.resolve("test.ear");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ear))) {
            for (Map.Entry<String, String> war : new LinkedHashMap<>(settingsByWar).entrySet()) {
                out.putNextEntry(new ZipEntry(war.getKey()));
                out.write(war(war.getValue()));
                out.closeEntry();
            }
        }
        return ear;
    }

    private static byte[] war(String settings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream war = new ZipOutputStream(bytes)) {
            war.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            war.write("<web-app/>".getBytes(StandardCharsets.UTF_8));
            war.closeEntry();
            if (!settings.isEmpty()) {
                war.putNextEntry(new ZipEntry(FILE));
                war.write(settings.getBytes(StandardCharsets.UTF_8));
                war.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private record Result(int status, String output, String errors) {
    }

    private Result run(Path ear) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), ear.toString(), "servicenet")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ear-config.sh did not finish");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
