package org.xeploai.cli;

import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Puts a command tree's usage help in one language: descriptions, headings and footers come from the cli bundle
 * ({@code org/xeploai/i18n/cli_vi.properties} or {@code cli_en.properties}), the exit code list from {@link ExitCode}.
 */
final class Localization {
    static final String BUNDLE = "org.xeploai.i18n.cli";

    private Localization() {
    }

    static ResourceBundle bundle(Lang lang) {
        return ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Applies {@code lang} to the whole tree {@code commandLine} belongs to. */
    static void apply(CommandLine commandLine, Lang lang) {
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        root.setResourceBundle(bundle(lang));
        Messages messages = Messages.of(lang);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(Integer.toString(code.code()), messages.get(code.messageKey()));
        }
        applyExitCodes(root, exitCodes);
    }

    private static void applyExitCodes(CommandLine commandLine, Map<String, String> exitCodes) {
        commandLine.getCommandSpec().usageMessage().exitCodeList(exitCodes);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            applyExitCodes(sub, exitCodes);
        }
    }
}
