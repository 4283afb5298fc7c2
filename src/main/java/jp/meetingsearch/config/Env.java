package jp.meetingsearch.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the environment variables (and the few JVM system properties the launch scripts and the build
 * set) with messages that name the variable: the one place where numbers, flags and names are parsed.
 */
record Env(Map<String, String> values, Map<String, String> properties) {

    Optional<String> optional(String name) {
        return nonBlank(values.get(name));
    }

    /** A system property ({@code -Dname=...}), set by the launch scripts and the build, not by users. */
    Optional<String> property(String name) {
        return nonBlank(properties.get(name));
    }

    private static Optional<String> nonBlank(String v) {
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    int port(String name, int defaultValue) {
        return wholeNumber(name, 1, 65535, defaultValue);
    }

    int positiveInt(String name, int defaultValue) {
        return wholeNumber(name, 1, Integer.MAX_VALUE, defaultValue);
    }

    /** The variable as a whole number from {@code min} to {@code max}; unset: {@code defaultValue}. */
    int wholeNumber(String name, int min, int max, int defaultValue) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // reported below with the variable's name
        }
        throw new ConfigException(name + "='" + v.get() + "' "
                + (min == 1 && max == Integer.MAX_VALUE ? "is not a positive whole number"
                        : "must be a whole number from " + min + " to " + max));
    }

    boolean bool(String name, boolean defaultValue) {
        Optional<String> v = optional(name);
        if (v.isEmpty()) {
            return defaultValue;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new ConfigException(name + "='" + v.get() + "' is not true or false");
        };
    }
}
