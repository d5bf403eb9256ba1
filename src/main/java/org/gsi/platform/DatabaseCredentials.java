package org.gsi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The passwords of the embedded database's three roles, generated at the first start and kept in
 * {@code <data-dir>/postgres.pgpass}, readable by its owner only. The file is in the format of PostgreSQL's password
 * file, so {@code PGPASSFILE=<data-dir>/postgres.pgpass pg_dump -h localhost …} finds the password by itself.
 *
 * <ul>
 *   <li>{@value #SUPERUSER}: the superuser, for the operator (backups) and for setting up the other two roles;
 *   <li>{@value #OWNER}: owns the schema and what the migrations create; Flyway runs as this role;
 *   <li>{@value #APPLICATION}: the application; reads and writes rows, owns no table of the migrations, cannot alter
 *       or disable triggers and cannot change or remove audit entries.
 * </ul>
 */
public record DatabaseCredentials(Map<String, String> passwords, boolean fresh) {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "gsi_owner";
    public static final String APPLICATION = "gsi_app";
    static final String FILE = "postgres.pgpass";
    private static final java.util.List<String> ROLES = java.util.List.of(SUPERUSER, OWNER, APPLICATION);

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public DatabaseCredentials {
        passwords = Map.copyOf(passwords);
    }

    public String password(String role) {
        String password = passwords.get(role);
        if (password == null) {
            throw new IllegalStateException("No password for the database role " + role + " in " + FILE);
        }
        return password;
    }

    /**
     * The credentials kept in {@code dataDir}, or new ones written there when there are none yet (or the file lacks a
     * role's password); {@link #fresh()} tells which.
     */
    static DatabaseCredentials loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        return read(dataDir).orElseGet(() -> {
            Map<String, String> generated = new LinkedHashMap<>();
            SecureRandom random = new SecureRandom();
            for (String role : ROLES) {
                generated.put(role, generate(random));
            }
            write(file, generated);
            return new DatabaseCredentials(generated, true);
        });
    }

    /** The credentials kept in {@code dataDir}, if there are any. */
    public static Optional<DatabaseCredentials> read(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Map<String, String> passwords = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(":", 5);
                if (!line.startsWith("#") && fields.length == 5) {
                    passwords.put(fields[3], fields[4]);
                }
            }
            return passwords.keySet().containsAll(ROLES)
                    ? Optional.of(new DatabaseCredentials(passwords, false))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String generate(SecureRandom random) {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static void write(Path file, Map<String, String> passwords) {
        StringBuilder text = new StringBuilder("# Passwords of the embedded PostgreSQL, generated at its first start."
                + " Use with PGPASSFILE=<this file> and -h localhost.\n");
        passwords.forEach((role, password) -> text.append("localhost:*:*:")
                .append(role)
                .append(':')
                .append(password)
                .append('\n'));
        try {
            createOwnerOnly(file);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the file readable and writable by its owner only, before anything is written into it. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // an incomplete file, replaced
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    /** Whether the passwords were generated by this start, so the server does not know them yet. */
    @Override
    public boolean fresh() {
        return fresh;
    }

    @Override
    public String toString() {
        return "DatabaseCredentials" + passwords.keySet();
    }
}
