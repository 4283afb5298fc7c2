package jp.meetingsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch never scans a plugin's classes: it trusts {@code named_components.json}. So the file must list
 * exactly the annotated components, under the interface each implements, and each must be constructible.
 */
class NamedComponentsTest {
    private static final List<Class<?>> COMPONENT_TYPES = List.of(
            TokenizerFactory.class, TokenFilterFactory.class, CharFilterFactory.class, AnalyzerFactory.class);

    @Test
    void fileListsExactlyTheAnnotatedComponentClasses() throws Exception {
        Map<String, Map<String, String>> scanned = new TreeMap<>();
        for (Class<?> type : packageClasses()) {
            List<Class<?>> implemented = COMPONENT_TYPES.stream().filter(c -> c.isAssignableFrom(type)).toList();
            NamedComponent named = type.getAnnotation(NamedComponent.class);
            if (named == null) {
                assertEquals(List.of(), implemented, type + " implements a component interface without @NamedComponent");
                continue;
            }
            assertEquals(1, implemented.size(), type + " must implement exactly one component interface");
            String previous = scanned.computeIfAbsent(implemented.get(0).getName(), k -> new TreeMap<>())
                    .put(named.value(), type.getName());
            assertEquals(null, previous, "two components named [" + named.value() + "]");
        }
        Map<String, Map<String, String>> declared = new TreeMap<>();
        NamedComponents.read().byInterface().forEach((type, names) -> declared.put(type, new TreeMap<>(names)));
        assertEquals(scanned, declared, NamedComponents.FILE + " disagrees with the compiled components");
    }

    @Test
    void everyDeclaredComponentBuildsWithDefaultSettings() {
        NamedComponents components = NamedComponents.read();
        assertFalse(components.byInterface().isEmpty());
        components.byInterface().forEach((type, names) -> names.keySet().forEach(name -> {
            Class<?> componentType = COMPONENT_TYPES.stream().filter(c -> c.getName().equals(type)).findFirst()
                    .orElseThrow(() -> new AssertionError("unknown component interface " + type));
            Object component = ComponentFactories.create(components.component(componentType, name));
            assertEquals(name, ((org.elasticsearch.plugin.Nameable) component).name());
        }));
    }

    /** The classes compiled from this package, read from the folder or jar the plugin classes come from. */
    private static List<Class<?>> packageClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(KuromojiTokenizerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packagePath = KuromojiTokenizerFactory.class.getPackageName().replace('.', '/');
        Path folder = root.resolve(packagePath);
        assertNotNull(folder);
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name));
            }
        }
        return classes;
    }
}
