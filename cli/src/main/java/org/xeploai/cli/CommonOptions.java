package org.xeploai.cli;

import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * Options every command takes ({@code @Mixin}): the language of messages and {@code --debug}. The language also
 * chooses the language of the usage help, which is why it can be read from a parse result or from raw arguments.
 */
public final class CommonOptions {
    static final String LANG = "--lang";
    static final String DEBUG = "--debug";

    @Option(names = LANG, paramLabel = "vi|en", descriptionKey = "cli.option.lang")
    private Lang lang = Lang.VI;

    @Option(names = DEBUG, descriptionKey = "cli.option.debug")
    private boolean debug;

    public Lang lang() {
        return lang;
    }

    public boolean debug() {
        return debug;
    }

    public Messages messages() {
        return Messages.of(lang);
    }

    /** The language asked for anywhere on a parsed command line (the innermost command's wins). */
    static Lang langOf(ParseResult parseResult) {
        Lang found = Lang.VI;
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            Lang lang = pr.matchedOptionValue(LANG, null);
            if (lang != null) {
                found = lang;
            }
        }
        return found;
    }

    static boolean debugOf(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }

    /** The language asked for on a command line that could not be parsed, so that the error is in that language. */
    static Lang langOf(String[] args) {
        Lang found = Lang.VI;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(LANG) && i + 1 < args.length) {
                found = Lang.of(args[i + 1]);
            } else if (args[i].startsWith(LANG + "=")) {
                found = Lang.of(args[i].substring(LANG.length() + 1));
            }
        }
        return found;
    }
}
