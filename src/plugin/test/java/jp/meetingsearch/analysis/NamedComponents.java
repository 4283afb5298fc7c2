package jp.meetingsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The plugin's {@code named_components.json}: component interface → (component name → class name). */
record NamedComponents(Map<String, Map<String, String>> byInterface) {
    static final Path FILE = ProjectFiles.resolve("src/plugin/main/plugin/named_components.json");

    static NamedComponents read() {
        try {
            return new NamedComponents(new ObjectMapper().readValue(FILE.toFile(),
                    new TypeReference<LinkedHashMap<String, Map<String, String>>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + FILE, e);
        }
    }

    /** The class registered under {@code name} for the component interface {@code type}. */
    <T> Class<? extends T> component(Class<T> type, String name) {
        String className = byInterface.getOrDefault(type.getName(), Map.of()).get(name);
        if (className == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " named [" + name + "] in " + FILE);
        }
        try {
            return Class.forName(className).asSubclass(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(FILE + " names a missing class " + className, e);
        }
    }
}
