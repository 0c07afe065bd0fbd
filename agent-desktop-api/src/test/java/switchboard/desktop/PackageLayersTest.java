package switchboard.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The application's packages form layers: no package depends, through its imports, on a package
 * that depends back on it. A cycle found is named package by package.
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/switchboard/desktop");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(switchboard\\.desktop\\.[a-z0-9_.]+?)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([a-z0-9_.]+);", Pattern.MULTILINE);

    @Test
    void noPackageDependsOnOneThatDependsBackOnIt() throws IOException {
        Map<String, Set<String>> imports = imports();
        List<List<String>> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            findCycle(start, start, imports, new ArrayList<>(List.of(start)), new HashSet<>()).ifPresent(cycles::add);
        }
        Set<String> named = new TreeSet<>();
        cycles.forEach(cycle -> named.add(String.join(" -> ", cycle)));
        assertEquals(Set.of(), named, "import cycles between packages");
    }

    private static Optional<List<String>> findCycle(String start, String at, Map<String, Set<String>> imports,
            List<String> path, Set<String> seen) {
        for (String next : imports.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (seen.add(next)) {
                path.add(next);
                Optional<List<String>> found = findCycle(start, next, imports, path, seen);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }

    /** Each package with the other packages of the application it imports from. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> of = imports.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
                Matcher imported = IMPORT.matcher(source);
                while (imported.find()) {
                    if (!imported.group(1).equals(pkg.group(1))) {
                        of.add(imported.group(1));
                    }
                }
            }
        }
        return imports;
    }
}
