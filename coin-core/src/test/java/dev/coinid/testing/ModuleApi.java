package dev.coinid.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A library module as its users see it: the compiled {@code module-info} of the folder or jar a
 * class was loaded from, and the types that the public members of its exported packages show.
 * The module tests use it to check that a module exports its API packages only and that no
 * public signature there names a type users cannot reach (what {@code javac -Xlint:exports}
 * warns about). It reads the compiled module whether the tests run on the module path or on
 * the class path.
 */
public final class ModuleApi {

    private final ModuleDescriptor descriptor;
    private final List<String> classNames;
    private final ClassLoader loader;

    private ModuleApi(ModuleDescriptor descriptor, List<String> classNames, ClassLoader loader) {
        this.descriptor = descriptor;
        this.classNames = classNames;
        this.loader = loader;
    }

    /** The module that {@code member} was compiled into (its {@code target/classes} or jar). */
    public static ModuleApi of(Class<?> member) {
        Path location;
        try {
            location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(member + " was loaded from no file location", e);
        }
        Set<ModuleReference> found = ModuleFinder.of(location).findAll();
        if (found.size() != 1 || found.iterator().next().descriptor().isAutomatic()) {
            throw new IllegalStateException(location + " holds no compiled module-info.java");
        }
        ModuleReference module = found.iterator().next();
        try (ModuleReader reader = module.open(); Stream<String> resources = reader.list()) {
            List<String> classes = resources
                    .filter(r -> r.endsWith(".class") && !r.endsWith("module-info.class"))
                    .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
            return new ModuleApi(module.descriptor(), classes, member.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": cannot list the module's classes", e);
        }
    }

    /** The compiled module descriptor. */
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** The packages exported to every module: the API. */
    public Set<String> exportedPackages() {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each package exported to named modules only, with those modules. */
    public Map<String, Set<String>> qualifiedExports() {
        return descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, e -> new TreeSet<>(e.targets()),
                        (a, b) -> a, TreeMap::new));
    }

    /** The modules that a module requiring this one reads too ({@code requires transitive}). */
    public Set<String> transitiveRequires() {
        return descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The public top-level types of the exported packages, by their full names. */
    public Set<String> publicTypes() {
        return apiTypes().stream().filter(c -> c.getEnclosingClass() == null).map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Every place where a public or protected member (or the supertype) of a public type in an
     * exported package names a type of one of this module's packages that are not exported to
     * everyone, or of a package starting with one of {@code forbiddenPrefixes} (such as another
     * library's types that must stay behind the API), as {@code "Type.member: LeakedType"}.
     */
    public Set<String> leaks(String... forbiddenPrefixes) {
        Set<String> hidden = new HashSet<>(descriptor.packages());
        hidden.removeAll(exportedPackages());
        Set<String> found = new TreeSet<>();
        for (Class<?> type : apiTypes()) {
            Map<String, List<Type>> shown = new TreeMap<>();
            shown.put("extends", supertypes(type));
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers()) && !c.isSynthetic()) {
                    shown.put(signature(c), executableTypes(c, List.of()));
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    shown.put(signature(m), executableTypes(m, List.of(m.getGenericReturnType())));
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    shown.put(f.getName(), List.of(f.getGenericType()));
                }
            }
            shown.forEach((member, types) -> {
                Set<Class<?>> named = new HashSet<>();
                types.forEach(t -> collect(t, named, new HashSet<>()));
                for (Class<?> c : named) {
                    String pkg = c.getPackageName();
                    boolean internal = hidden.contains(pkg);
                    boolean forbidden = Stream.of(forbiddenPrefixes).anyMatch(pkg::startsWith);
                    if (internal || forbidden) {
                        found.add(type.getName() + "." + member + ": " + c.getName());
                    }
                }
            });
        }
        return found;
    }

    private List<Class<?>> apiTypes() {
        Set<String> exported = exportedPackages();
        List<Class<?>> types = new ArrayList<>();
        for (String name : classNames) {
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !exported.contains(name.substring(0, dot))) {
                continue;
            }
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " is listed in the module but cannot be loaded", e);
            }
            if (reachable(c)) {
                types.add(c);
            }
        }
        return types;
    }

    /** Public, and nested (if at all) only in public types: a user can name it. */
    private static boolean reachable(Class<?> c) {
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Type> supertypes(Class<?> type) {
        List<Type> types = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            types.add(type.getGenericSuperclass());
        }
        return types;
    }

    private static List<Type> executableTypes(Executable e, List<Type> extra) {
        List<Type> types = new ArrayList<>(extra);
        types.addAll(List.of(e.getGenericParameterTypes()));
        types.addAll(List.of(e.getGenericExceptionTypes()));
        return types;
    }

    private static String signature(Executable e) {
        String name = e instanceof Constructor<?> ? "<init>" : e.getName();
        return name + Stream.of(e.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    private static void collect(Type type, Set<Class<?>> into, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (!c.isPrimitive()) {
                into.add(c);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), into, seen);
            if (p.getOwnerType() != null) {
                collect(p.getOwnerType(), into, seen);
            }
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, into, seen);
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(b -> collect(b, into, seen));
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                collect(bound, into, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), into, seen);
        }
    }
}
