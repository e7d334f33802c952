package org.xeploai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every message a user reads exists in Vietnamese and in English: for every bundle on the classpath (messages,
 * input, output, cli; {@link Messages#BUNDLES}), the same keys in both languages, with the same arguments.
 * The cli module sees every module's bundles, so this is where the check covers them all.
 */
class MessageBundlesTest {
    static final List<String> BUNDLES = Messages.BUNDLES;
    private static final String FOLDER = "org/xeploai/i18n/";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @ParameterizedTest
    @FieldSource("BUNDLES")
    void everyKeyExistsInBothLanguagesWithTheSameArguments(String bundle) {
        ResourceBundle vi = load(bundle, Lang.VI);
        ResourceBundle en = load(bundle, Lang.EN);
        if (vi == null && en == null) {
            assertThat(bundle).as("the cli bundle is this module's own").isNotEqualTo(Localization.BUNDLE);
            return;
        }
        if (vi == null || en == null) {
            fail(bundle + " exists in only one language: " + (vi == null ? "en" : "vi"));
        }
        assertThat(en.keySet()).as(bundle + ": keys in _vi missing from _en")
                .containsAll(vi.keySet());
        assertThat(vi.keySet()).as(bundle + ": keys in _en missing from _vi")
                .containsAll(en.keySet());
        Map<String, String> differing = new TreeMap<>();
        for (String key : vi.keySet()) {
            Set<String> viArgs = arguments(vi.getString(key));
            Set<String> enArgs = arguments(en.getString(key));
            if (!viArgs.equals(enArgs)) {
                differing.put(key, "vi " + viArgs + ", en " + enArgs);
            }
        }
        assertThat(differing).as(bundle + ": keys whose arguments differ between the languages").isEmpty();
    }

    @ParameterizedTest
    @FieldSource("BUNDLES")
    void everyMessageIsAValidPatternInBothLanguages(String bundle) {
        for (Lang lang : Lang.values()) {
            ResourceBundle b = load(bundle, lang);
            if (b == null) {
                continue;
            }
            for (String key : b.keySet()) {
                if (isUsageHelp(key)) {
                    continue;
                }
                try {
                    new MessageFormat(b.getString(key), lang.locale());
                } catch (IllegalArgumentException e) {
                    fail(bundle + "_" + lang.name().toLowerCase() + " " + key + ": " + e.getMessage());
                }
            }
        }
    }

    @Test
    void everyBundleOnTheClasspathIsListedInMessagesSoThatItsKeysAreFound() throws IOException {
        assertThat(bundlesOnClasspath()).isNotEmpty().allSatisfy(bundle ->
                assertThat(BUNDLES).as("Messages.BUNDLES").contains(bundle));
    }

    /** The base names of every {@code org/xeploai/i18n/<name>_<lang>.properties}, in folders and jars alike. */
    private static Set<String> bundlesOnClasspath() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern file = Pattern.compile("(?:.*/)?([a-z_]+?)_(vi|en)\\.properties");
        Enumeration<URL> roots = MessageBundlesTest.class.getClassLoader().getResources(FOLDER);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            List<String> entries = new ArrayList<>();
            if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(FOLDER)).forEach(entries::add);
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(URI.create(root.toString())))) {
                    files.map(f -> f.getFileName().toString()).forEach(entries::add);
                }
            }
            for (String entry : entries) {
                Matcher m = file.matcher(entry);
                if (m.matches()) {
                    names.add(FOLDER.replace('/', '.') + m.group(1));
                }
            }
        }
        return names;
    }

    /** picocli formats the usage help itself (String.format), not MessageFormat. */
    private static boolean isUsageHelp(String key) {
        return key.startsWith("usage.") || key.startsWith("xeploai.") || key.startsWith("mixinStandardHelpOptions.")
                || key.startsWith("cli.option.");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static ResourceBundle load(String bundle, Lang lang) {
        try {
            return ResourceBundle.getBundle(bundle, lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException absent) {
            return null;
        }
    }
}
