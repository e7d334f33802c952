package org.xeploai.webui.system;

import org.springframework.context.MessageSource;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;

import java.util.Locale;

/**
 * A message in both languages, made when something happens (a run fails, a row is refused) so that it can be shown
 * later in whichever language the reader chose.
 */
public record LocalizedText(String vi, String en) {

    public String in(Locale locale) {
        return Languages.isEnglish(locale) ? en : vi;
    }

    /** From the engine's bundles ({@link Messages}). */
    public static LocalizedText engine(String key, Object... args) {
        return new LocalizedText(Messages.of(Lang.VI).get(key, args), Messages.of(Lang.EN).get(key, args));
    }

    /** From the web UI's own bundles (messages*.properties). */
    public static LocalizedText web(MessageSource messages, String key, Object... args) {
        return new LocalizedText(messages.getMessage(key, args, LocaleConfiguration.VIETNAMESE),
                messages.getMessage(key, args, Locale.ENGLISH));
    }

    public LocalizedText map(java.util.function.UnaryOperator<String> change) {
        return new LocalizedText(change.apply(vi), change.apply(en));
    }
}
