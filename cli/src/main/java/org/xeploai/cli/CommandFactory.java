package org.xeploai.cli;

import picocli.CommandLine;

import java.lang.reflect.Constructor;

/**
 * Creates commands, handing the {@link CliContext} to those whose constructor takes one; everything else (mixins,
 * converters, version provider) comes from picocli's default factory. A new subcommand only needs such a
 * constructor and its place in {@link XeploaiCommand}'s list.
 */
final class CommandFactory implements CommandLine.IFactory {
    private final CliContext context;

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withContext;
        try {
            withContext = cls.getDeclaredConstructor(CliContext.class);
        } catch (NoSuchMethodException none) {
            return CommandLine.defaultFactory().create(cls);
        }
        return withContext.newInstance(context);
    }
}
