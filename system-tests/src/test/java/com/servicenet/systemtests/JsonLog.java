package com.servicenet.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A server's log written by Payara's JSONLogFormatter (one JSON object per line), read from the point where a test
 * began: ServiceNet's request log adds requestId, tenant, endpoint, status and millis as fields.
 */
final class JsonLog {

    private final Path file;
    private final long start;

    private JsonLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    /** What is written to the file from now on. */
    static JsonLog from(Path file) {
        try {
            return new JsonLog(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of the request with this id; waits a little for the handler's flush. */
    JsonObject lineOfRequest(String requestId) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<String> found = written().lines().filter(l -> l.contains(requestId)).toList();
            if (!found.isEmpty()) {
                return found.stream().map(JsonLog::json).filter(j -> requestId.equals(j.getString("requestId", ""))).findFirst()
                        .orElseThrow(() -> new AssertionError("no JSON log line with requestId " + requestId + " in " + found));
            }
            pause();
        }
        fail("no log line mentions " + requestId + " in " + file);
        return null;
    }

    /** Everything written since the start. */
    String written() {
        try {
            byte[] all = Files.readAllBytes(file);
            return new String(Arrays.copyOfRange(all, (int) Math.min(start, all.length), all.length), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
