package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The real Keycloak server, unpacked once from its Maven artifact; the realm file is imported at start. */
final class KeycloakComponent {

    private KeycloakComponent() {
    }

    static ProcessComponent create(StackConfig config) throws IOException {
        Path home = config.dataDir().resolve("keycloak-" + StackConfig.KEYCLOAK_VERSION);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            unpack(config.keycloakZip(), config.dataDir());
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(config.realmFile(), imports.resolve("mentoring-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        String url = config.keycloakUrl();
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + config.keycloakPort(), "--http-host=127.0.0.1", "--hostname=" + url,
                "--http-management-port=" + (config.keycloakPort() + 1), "--import-realm");
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", System.getenv().getOrDefault("NASTAVNIK_KEYCLOAK_ADMIN", "admin"),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", System.getenv().getOrDefault("NASTAVNIK_KEYCLOAK_ADMIN_PASSWORD", "admin"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m");
        return new ProcessComponent("Keycloak " + StackConfig.KEYCLOAK_VERSION, url + " (admin console: /admin)",
                command, environment, home, config.logs().resolve("keycloak.log"),
                config.issuer() + "/.well-known/openid-configuration");
    }

    private static void unpack(Path zip, Path target) throws IOException {
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + ": run ./mvnw -DskipTests package");
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Unsafe path in Keycloak archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (entry.getName().endsWith(".sh")) {
                        destination.toFile().setExecutable(true);
                    }
                }
            }
        }
    }
}
