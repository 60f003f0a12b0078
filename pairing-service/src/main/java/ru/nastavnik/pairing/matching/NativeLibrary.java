package ru.nastavnik.pairing.matching;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native library once per process, on first use (about a second, so not at class load of the
 * engine's records). A failure is kept and rethrown on every call, with its cause, rather than turning into a bare
 * {@link NoClassDefFoundError} on the second try.
 */
final class NativeLibrary {

    private NativeLibrary() {
    }

    static void ensureLoaded() {
        if (Holder.FAILURE != null) {
            throw new IllegalStateException("OR-Tools native library could not be loaded"
                    + " (inside a Spring Boot jar it must be unpacked: requiresUnpack; /tmp must allow exec)",
                    Holder.FAILURE);
        }
    }

    private static final class Holder {
        static final Throwable FAILURE = load();

        private static Throwable load() {
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (RuntimeException | LinkageError failure) {
                return failure;
            }
        }
    }
}
