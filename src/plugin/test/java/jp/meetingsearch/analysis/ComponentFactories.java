package jp.meetingsearch.analysis;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.LongSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Instantiates components the way Elasticsearch does: the one public constructor, its settings interfaces
 * implemented by a proxy that answers each annotated method from the given settings or the annotation's default.
 */
final class ComponentFactories {
    private ComponentFactories() {
    }

    static <T> T create(Class<T> component) {
        return create(component, Map.of());
    }

    /**
     * @param settings values as Elasticsearch keeps them: strings for scalars, lists of strings for arrays; a key no
     *                 settings method reads fails the call, so that a misspelt setting in a test cannot pass unseen
     */
    static <T> T create(Class<T> component, Map<String, ?> settings) {
        Constructor<?>[] constructors = component.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(component + " must have exactly one public constructor");
        }
        Constructor<?> constructor = constructors[0];
        if (constructor.getParameterCount() > 0 && constructor.getAnnotation(Inject.class) == null) {
            throw new IllegalStateException(component + ": a constructor with settings needs @Inject");
        }
        Set<String> read = new HashSet<>();
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = settingsProxy(constructor.getParameterTypes()[i], settings, read);
        }
        Set<String> unread = new HashSet<>(settings.keySet());
        unread.removeAll(read);
        if (unread.isEmpty() == false) {
            throw new IllegalArgumentException(component.getSimpleName() + " has no settings " + unread);
        }
        try {
            return component.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            // unwrapped so that tests see the component's own exception, the one the node reports as the cause
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + component, e);
        }
    }

    private static Object settingsProxy(Class<?> type, Map<String, ?> settings, Set<String> read) {
        if (type.isInterface() == false || type.getAnnotation(AnalysisSettings.class) == null) {
            throw new IllegalStateException(type + " is not an interface annotated @AnalysisSettings");
        }
        for (Method method : type.getMethods()) {
            read.add(path(method));
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> value(method, settings));
    }

    private static Object value(Method method, Map<String, ?> settings) {
        Object given = settings.get(path(method));
        Annotation annotation = method.getAnnotations()[0];
        return switch (annotation) {
            case StringSetting s -> given == null ? s.defaultValue() : scalar(given);
            case BooleanSetting s -> given == null ? s.defaultValue() : Boolean.valueOf(scalar(given));
            case IntSetting s -> given == null ? s.defaultValue() : Integer.valueOf(scalar(given));
            case LongSetting s -> given == null ? s.defaultValue() : Long.valueOf(scalar(given));
            case ListSetting s -> given == null ? List.of() : given instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of(scalar(given));
            default -> throw new IllegalStateException("unknown settings annotation " + annotation);
        };
    }

    private static String scalar(Object given) {
        if (given instanceof List<?>) {
            throw new IllegalArgumentException("a list given for a single-valued setting: " + given);
        }
        return String.valueOf(given);
    }

    /** Elasticsearch reads exactly one annotation per settings method; more or fewer is a component bug. */
    static String path(Method method) {
        Annotation[] annotations = method.getAnnotations();
        if (annotations.length != 1) {
            throw new IllegalStateException(method + " must carry exactly one settings annotation");
        }
        return switch (annotations[0]) {
            case StringSetting s -> s.path();
            case BooleanSetting s -> s.path();
            case IntSetting s -> s.path();
            case LongSetting s -> s.path();
            case ListSetting s -> s.path();
            default -> throw new IllegalStateException(method + " carries no settings annotation");
        };
    }
}
